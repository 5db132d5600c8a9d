import { rolldown, type Plugin } from 'rolldown';

/**
 * `entry` (a module's source) bundled for the browser with `plugins`, not minified: what a
 * build plugin leaves of a library when the app imports only what the entry does.
 */
export async function bundleEntry(entry: string, plugins: Plugin[]): Promise<string> {
  const bundle = await rolldown({
    input: 'entry',
    platform: 'browser',
    logLevel: 'silent',
    plugins: [
      {
        name: 'entry',
        resolveId: (id) => (id === 'entry' ? id : null),
        load: (id) => (id === 'entry' ? entry : null),
      },
      ...plugins,
    ],
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return output[0].code;
}
