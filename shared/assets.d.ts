/** Files a bundler builds into a module (Vite's `?inline`, and the CLI's esbuild plugin of the same name). */
declare module '*.ttf?inline' {
  /** The file as a base64 `data:` URL. */
  const dataUrl: string;
  export default dataUrl;
}
