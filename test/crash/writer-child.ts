// Child process of the crash test: signs in and saves complaints as fast as it
// can until the parent kills it with SIGKILL. Prints READY after its first save.
import { openCore } from '../../electron/core/core';
import { TEST_SCRYPT_COST } from '../support/temp-core';

const dataDir = process.argv[2]!;
const core = await openCore({ dataDir, demo: true, scryptCost: TEST_SCRYPT_COST });
const signIn = await core.dispatch({ method: 'session.signIn', input: { login: 'limei', secret: '123456' } });
if (!signIn.ok) throw new Error(signIn.error.message);
const session = (signIn.value as { session: string }).session;

for (let i = 0; ; i++) {
  const saved = await core.dispatch({
    method: 'complaints.create',
    session,
    input: { kind: 'complaint', channel: 'phone', customerName: `客户${i}`, content: `崩溃测试第${i}条：${'内容'.repeat(i % 50)}` },
  });
  if (!saved.ok) throw new Error(saved.error.message);
  if (i === 0) process.stdout.write('READY\n');
  // Give the event loop a turn, as the real app does between requests (and so READY gets flushed).
  await new Promise((resolve) => setImmediate(resolve));
}
