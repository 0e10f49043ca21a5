// Reads the .eml files the platform writes when no SMTP server is configured.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

function decodeQuotedPrintable(text) {
  const joined = text.replace(/=\r?\n/g, '');
  const bytes = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined.slice(i + 1, i + 3);
    if (joined[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(joined[i], 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

export function decodeMail(raw) {
  const split = raw.search(/\r?\n\r?\n/);
  const headers = raw.slice(0, split);
  const body = raw.slice(split).trim();
  const encoding = (headers.match(/^Content-Transfer-Encoding:\s*(\S+)/im)?.[1] ?? '7bit').toLowerCase();
  if (encoding === 'base64') return { headers, text: Buffer.from(body, 'base64').toString('utf8') };
  if (encoding === 'quoted-printable') return { headers, text: decodeQuotedPrintable(body) };
  return { headers, text: body };
}

// Waits for a mail to `to` that was not in `seen` (file names), and returns its text.
export async function waitForMail(dataDir, to, seen = new Set()) {
  const dir = join(dataDir, 'mail');
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const files = await readdir(dir).catch(() => []);
    for (const name of files.filter((f) => f.endsWith('.eml') && !seen.has(f)).sort()) {
      const mail = decodeMail(await readFile(join(dir, name), 'utf8'));
      if (new RegExp(`^To:.*${to.replace(/[.+]/g, '\\$&')}`, 'im').test(mail.headers)) {
        seen.add(name);
        return mail.text;
      }
    }
    await new Promise((ok) => setTimeout(ok, 200));
  }
  throw new Error(`no mail to ${to} within 20 s`);
}
