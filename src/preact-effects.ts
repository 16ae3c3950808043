/**
 * The browser build renders with preact/compat (aliased in vite.config.ts: a third of react-dom's size on the first
 * load, issue 19). Preact runs effects (useEffect) after the next animation frame, React runs those of a keystroke
 * or click before the next input event. react-day-picker moves the keyboard focus to the day it has just chosen in
 * an effect: with preact's timing, a second arrow key pressed before that frame went to the previous day's button,
 * whose stale effect then took the focus back (ArrowRight, ArrowDown, Enter picked 8 January, not 15). Effects are
 * therefore flushed in a microtask after each render, before the next event, as React does for discrete input.
 */
import { options } from 'preact';

(options as { requestAnimationFrame?: (flush: () => void) => void }).requestAnimationFrame = (flush) => queueMicrotask(flush);
