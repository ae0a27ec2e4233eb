// Text files bundled as strings (Vite's `?raw`), used for the embedded demo school.
declare module '*?raw' {
  const text: string;
  export default text;
}
