/**
 * Accounts of the shared workspace (same database as `npm start`: DATABASE_URL, else NTM_DB_FILE).
 *
 *   npm run admin -- create-user <username> [--admin] [--name "Display name"] [--editor <province>[,<province>…]]
 *   npm run admin -- set-password <username>
 *   npm run admin -- grant <username> <province>        editor of a province (slug or code)
 *   npm run admin -- revoke <username> <province>
 *   npm run admin -- set-admin <username> on|off
 *   npm run admin -- delete-user <username>
 *   npm run admin -- list-users
 *   npm run admin -- anonymous-read on|off              may visitors who are not logged in see the office's data?
 *
 * Passwords are never defaults nor arguments: typed at the prompt (hidden), or one line on stdin when piped.
 */
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { hashPassword, passwordProblem } from '../server/auth';
import { ANONYMOUS_READ } from '../server/app';
import { loadCatalog, type Catalog } from '../server/catalog';
import { dbOptionsFromEnv, openDb } from '../server/db';
import { Repo } from '../server/repo';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

async function readPassword(prompt: string): Promise<string> {
  if (!process.stdin.isTTY) {
    const rl = createInterface({ input: process.stdin });
    for await (const line of rl) {
      rl.close();
      return line;
    }
    return '';
  }
  let muted = false;
  const output = new Writable({
    write(chunk, _enc, cb) {
      if (!muted) process.stdout.write(chunk);
      cb();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  const ask = (q: string) =>
    new Promise<string>((resolve) => {
      process.stdout.write(q);
      muted = true;
      rl.question('', (a) => {
        muted = false;
        process.stdout.write('\n');
        resolve(a);
      });
    });
  const first = await ask(prompt);
  const again = await ask('Nhập lại / again: ');
  rl.close();
  if (first !== again) throw new Error('The two passwords differ.');
  return first;
}

async function newPasswordHash(): Promise<string> {
  const password = await readPassword('Mật khẩu / password: ');
  const problem = passwordProblem(password);
  if (problem) throw new Error(`Password refused: ${problem}.`);
  return hashPassword(password);
}

function provinceCode(catalog: Catalog, key: string): string {
  const p = catalog.bySlugOrCode(key);
  if (!p) throw new Error(`Unknown province "${key}" (a slug such as ninh-binh, or a code such as 37).`);
  return p.code;
}

export async function main(argv: string[]): Promise<void> {
  const [command, ...args] = argv;
  const handle = await openDb(dbOptionsFromEnv());
  const repo = new Repo(handle.db);
  const catalog = () => loadCatalog();
  try {
    switch (command) {
      case 'create-user': {
        const username = args[0];
        if (!username || username.startsWith('--')) throw new Error('create-user <username> [--admin] [--name …] [--editor …]');
        if (await repo.userRow(username)) throw new Error(`User ${username} exists (set-password to change the password).`);
        const editors = (option(args, 'editor') ?? '').split(',').filter(Boolean);
        const codes = editors.map((e) => provinceCode(catalog(), e));
        const id = await repo.createUser({
          username,
          displayName: option(args, 'name'),
          passwordHash: await newPasswordHash(),
          isAdmin: args.includes('--admin'),
        });
        for (const code of codes) await repo.grantEditor(username, code);
        console.log(`Created ${username} (#${id})${args.includes('--admin') ? ', admin' : ''}${codes.length ? `, editor of ${codes.join(', ')}` : ''}.`);
        break;
      }
      case 'set-password': {
        if (!args[0] || !(await repo.userRow(args[0]))) throw new Error(`No user ${args[0] ?? ''}.`);
        await repo.setPassword(args[0], await newPasswordHash());
        console.log(`Password of ${args[0]} changed; their sessions are ended.`);
        break;
      }
      case 'grant':
      case 'revoke': {
        const [username, key] = args;
        if (!username || !key) throw new Error(`${command} <username> <province>`);
        const code = provinceCode(catalog(), key);
        const ok = command === 'grant' ? await repo.grantEditor(username, code) : await repo.revokeEditor(username, code);
        if (!ok) throw new Error(`No user ${username}.`);
        console.log(`${username}: ${command === 'grant' ? 'editor of' : 'no longer editor of'} ${code}.`);
        break;
      }
      case 'set-admin': {
        const [username, on] = args;
        if (!username || (on !== 'on' && on !== 'off')) throw new Error('set-admin <username> on|off');
        if (!(await repo.setAdmin(username, on === 'on'))) throw new Error(`No user ${username}.`);
        console.log(`${username}: admin ${on}.`);
        break;
      }
      case 'delete-user': {
        if (!args[0] || !(await repo.deleteUser(args[0]))) throw new Error(`No user ${args[0] ?? ''}.`);
        console.log(`Deleted ${args[0]}.`);
        break;
      }
      case 'list-users': {
        for (const u of await repo.listUsers()) console.log(`${u.username}\t${u.displayName}\t${u.isAdmin ? 'admin' : '-'}\t${u.editorOf.join(',') || '-'}`);
        break;
      }
      case 'anonymous-read': {
        if (args[0] !== 'on' && args[0] !== 'off') throw new Error('anonymous-read on|off');
        await repo.setSetting(ANONYMOUS_READ, args[0]);
        console.log(`Visitors who are not logged in ${args[0] === 'on' ? 'may' : 'may not'} see the office's data.`);
        break;
      }
      default:
        throw new Error('Commands: create-user, set-password, grant, revoke, set-admin, delete-user, list-users, anonymous-read (see scripts/admin.ts).');
    }
  } finally {
    await handle.close();
  }
}

main(process.argv.slice(2)).catch((e) => {
  console.error((e as Error).message);
  process.exitCode = 1;
});
