// The few web-standard globals shared/ may use. They exist in browsers, Web Workers and
// Node alike, unlike the rest of the DOM, which shared/ must not touch.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare function btoa(data: string): string;
declare function atob(data: string): string;
