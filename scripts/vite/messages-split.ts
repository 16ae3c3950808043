/**
 * Vite plugin (issue 19): the Vietnamese messages where they are used. src/i18n/vi.json stays the one file people
 * edit; in the build, src/i18n/vi-first.ts holds only the messages the first load's code can ever show, and every other
 * module of the app that names a message outside them carries those messages itself (a virtual module imported at
 * its top adds them to the dictionary when it runs): the import dialog's words come with the import dialog, the
 * tooltip's with the tooltip, and a part a user never opens keeps none of them in memory.
 *
 * The first load's code is every module src/main.tsx imports statically, at any depth (what the page runs before any
 * user action); a module "names" a message when its source has the key as a string, or a string or template head
 * ending in a prefix of it (`level.${x}`, 'tab.' + id). The first part is what those modules name, plus any message no
 * module names (how it is used cannot be read, so it is kept). A module that names a message of the rest cannot run,
 * nor hand the key on, before its messages are registered: they are imported ahead of its own code and come in its
 * chunk. Without the plugin (tests, dev server) vi-first.ts is the whole file.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import MagicString from 'magic-string';
import ts from 'typescript';
import type { Plugin } from 'vite';

/** What a module's source names: exact strings and prefixes (template heads, strings ending in '.'), and its run-time imports. */
export interface ModuleFacts {
  strings: string[];
  prefixes: string[];
  imports: string[];
}

/** Reads a TypeScript/TSX module: its string literals, template heads and run-time import specifiers (type-only left out). */
export function readModule(fileName: string, text: string): ModuleFacts {
  const strings: string[] = [];
  const prefixes: string[] = [];
  const imports: string[] = [];
  const kind = fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, kind);
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.importClause?.isTypeOnly) imports.push(node.moduleSpecifier.text);
      return;
    }
    if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.isTypeOnly) imports.push(node.moduleSpecifier.text);
      return;
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (node.text.endsWith('.')) prefixes.push(node.text);
      else strings.push(node.text);
    } else if (ts.isTemplateExpression(node) && node.head.text) prefixes.push(node.head.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { strings, prefixes, imports };
}

/** The message keys a module names. */
export function keysNamed(facts: Pick<ModuleFacts, 'strings' | 'prefixes'>, keys: readonly string[]): Set<string> {
  const exact = new Set(facts.strings);
  return new Set(keys.filter((k) => exact.has(k) || facts.prefixes.some((p) => k.startsWith(p))));
}

export interface MessageSplit {
  first: Record<string, string>;
  rest: Record<string, string>;
  /** Modules (absolute paths) the first load runs. */
  firstModules: Set<string>;
  /** Modules outside the first load that name messages of the rest, and those messages' keys: each carries its own. */
  restUsers: Map<string, string[]>;
}

/**
 * Splits `messages` given the modules' facts (absolute path → facts) and the first load's modules. `unnamed` keys
 * (named by no module) stay in the first part.
 */
export function splitMessages(messages: Record<string, string>, modules: Map<string, ModuleFacts>, firstModules: Set<string>): MessageSplit {
  const keys = Object.keys(messages);
  const named = new Map([...modules].map(([path, facts]) => [path, keysNamed(facts, keys)]));
  const firstKeys = new Set<string>();
  const namedAnywhere = new Set<string>();
  for (const [path, ks] of named)
    for (const k of ks) {
      namedAnywhere.add(k);
      if (firstModules.has(path)) firstKeys.add(k);
    }
  for (const k of keys) if (!namedAnywhere.has(k)) firstKeys.add(k);
  const first: Record<string, string> = {};
  const rest: Record<string, string> = {};
  for (const k of keys) (firstKeys.has(k) ? first : rest)[k] = messages[k];
  const restUsers = new Map(
    [...named]
      .filter(([path]) => !firstModules.has(path))
      .map(([path, ks]) => [path, [...ks].filter((k) => !firstKeys.has(k))] as const)
      .filter(([, ks]) => ks.length > 0),
  );
  return { first, rest, firstModules, restUsers };
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec.replace(/\?.*$/, ''));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')])
    if (existsSync(candidate) && statSync(candidate).isFile() && /\.tsx?$/.test(candidate)) return candidate;
  return null;
}

/** The modules `entry` imports statically, at any depth (itself included). */
export function staticGraph(entry: string, modules: Map<string, ModuleFacts>): Set<string> {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const spec of modules.get(path)?.imports ?? []) {
      const target = resolveImport(path, spec);
      if (target) visit(target);
    }
  };
  visit(entry);
  return seen;
}

/** The split of src/i18n/vi.json for the app under `srcDir` (entry src/main.tsx). */
export function appMessageSplit(srcDir: string): MessageSplit {
  const messages = JSON.parse(readFileSync(join(srcDir, 'i18n/vi.json'), 'utf8')) as Record<string, string>;
  const modules = new Map(sourceFiles(srcDir).map((path) => [path, readModule(path, readFileSync(path, 'utf8'))]));
  return splitMessages(messages, modules, staticGraph(join(srcDir, 'main.tsx'), modules));
}

const asModuleValue = (messages: Record<string, string>) => `JSON.parse(${JSON.stringify(JSON.stringify(messages))})`;

/** The id a module imports its own messages by (resolved to a virtual module whose id starts with \0). */
const MESSAGES_ID = 'virtual:ntm-vi-messages:';

export function messagesSplit(srcDir: string): Plugin {
  const firstModule = join(srcDir, 'i18n/vi-first.ts');
  const i18nModule = join(srcDir, 'i18n/i18n.ts');
  let split: MessageSplit | null = null;
  return {
    name: 'ntm-messages-split',
    apply: 'build',
    buildStart() {
      split = appMessageSplit(srcDir);
    },
    resolveId(source) {
      return source.startsWith(MESSAGES_ID) ? `\0${source}` : null;
    },
    load(id) {
      if (!split) return null;
      if (id === firstModule) return `export default ${asModuleValue(split.first)};\n`;
      if (id.startsWith(`\0${MESSAGES_ID}`)) {
        const keys = split.restUsers.get(id.slice(MESSAGES_ID.length + 1)) ?? [];
        const own = Object.fromEntries(keys.map((k) => [k, split!.rest[k]]));
        return `import { addMessages } from ${JSON.stringify(i18nModule)};\naddMessages('vi', ${JSON.stringify(own)});\n`;
      }
      return null;
    },
    transform(code, id) {
      const path = id.replace(/\?.*$/, '');
      if (!split?.restUsers.has(path)) return null;
      const s = new MagicString(code);
      s.prepend(`import ${JSON.stringify(MESSAGES_ID + path)};\n`);
      return { code: s.toString(), map: s.generateMap({ hires: 'boundary' }) };
    },
  };
}
