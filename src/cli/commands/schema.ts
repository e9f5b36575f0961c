/** `gov-report schema`: the JSON Schema of one report. */
import type { Run } from '../io.js';
import { loadModule } from '../descriptors.js';

export async function schemaCommand(run: Run): Promise<void> {
  // Loaded when asked for: the zod schema is ~60 ms of start-up that the other commands never use.
  const { reportJsonSchema } = await loadModule<typeof import('../../schema.js')>('../../schema.js', import.meta.url);
  await run.out(`${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
}
