/** POSIX path helpers for the core, which may not use Node's `path` (it also runs in browsers). */

// A path with none of these is already normal: no empty, `.` or `..` segment, no trailing slash.
const NOT_NORMAL = /\/\/|(?:^|\/)\.{1,2}(?:\/|$)|.\/$/;

export function normalize(path: string): string {
  if (path !== '' && !NOT_NORMAL.test(path)) return path;
  const absolute = path.startsWith('/');
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
    } else out.push(part);
  }
  const joined = out.join('/');
  return absolute ? `/${joined}` : joined || '.';
}

export function join(...parts: string[]): string {
  return normalize(parts.filter((p) => p !== '').join('/'));
}

export function dirname(path: string): string {
  const i = path.replace(/\/+$/, '').lastIndexOf('/');
  if (i < 0) return '.';
  if (i === 0) return '/';
  return path.slice(0, i);
}

export function basename(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/** `to` relative to the folder `from`; both absolute. */
export function relative(from: string, to: string): string {
  const f = normalize(from);
  const t = normalize(to);
  if (t === f) return '';
  if (t.startsWith(f === '/' ? '/' : `${f}/`)) return t.slice(f === '/' ? 1 : f.length + 1);
  const a = f.split('/').filter(Boolean);
  const b = t.split('/').filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

/** Whether `path` is `folder` or inside it. */
export function isInside(path: string, folder: string): boolean {
  const f = normalize(folder);
  const p = normalize(path);
  return p === f || p.startsWith(f === '/' ? '/' : `${f}/`);
}

/**
 * A Ruby `File.fnmatch`-like glob as a regular expression over `/` paths: `*` stays within a
 * folder, `**` crosses folders (with the `/` after it), `?` is one character.
 */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        out += '.*';
        i++;
        if (glob[i + 1] === '/') i++;
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}
