import type { Kysely } from 'kysely';
import { createConsoleUserRequestSchema } from '../../shared/sync/console-api';
import type { ServerDatabase } from '../db/schema';
import { createConsoleUser } from '../services/console-accounts';

/**
 * `npm run server -- --create-user <login> [--display-name 名字]`: makes a
 * head-office console administrator account and exits. The password is read from
 * BRANCHLINE_CONSOLE_PASSWORD, else from the first line of stdin (typed
 * unechoed at a terminal, or piped), never from the command line where `ps`
 * and shell history would keep it.
 */
export async function createUserFromCli(db: Kysely<ServerDatabase>, login: string, displayName: string | undefined): Promise<string> {
  const password = process.env.BRANCHLINE_CONSOLE_PASSWORD ?? (await readPassword());
  const parsed = createConsoleUserRequestSchema.safeParse({ login, displayName: displayName ?? login, password });
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  // The server operator at the machine: the account made this way manages the others.
  const user = await createConsoleUser(db, { ...parsed.data, admin: true }, new Date());
  return `总部控制台账号已创建（管理员）/ console account created: ${user.login} (administrator)`;
}

function readPassword(): Promise<string> {
  const stdin = process.stdin;
  if (stdin.isTTY) process.stdout.write('密码 / password: ');
  return new Promise((resolve, reject) => {
    let typed = '';
    const done = (value: string) => {
      stdin.off('data', onData);
      if (stdin.isTTY) {
        stdin.setRawMode(false);
        process.stdout.write('\n');
      }
      stdin.pause();
      resolve(value);
    };
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\u0003') return reject(new Error('已取消 / cancelled'));
        if (char === '\r' || char === '\n') return done(typed);
        if (char === '\u007f') typed = typed.slice(0, -1);
        else typed += char;
      }
    };
    if (stdin.isTTY) stdin.setRawMode(true);
    stdin.on('data', onData);
    stdin.once('end', () => done(typed));
  });
}
