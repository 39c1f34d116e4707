/**
 * A small JSON parser that keeps 64-bit integers exact: an integer literal beyond
 * Number.MAX_SAFE_INTEGER becomes a bigint, every other number a number. DataWorks writes
 * instance and node IDs as bare JSON integers, which JSON.parse would silently round.
 */

export type PreciseJsonValue = null | boolean | number | bigint | string | PreciseJsonValue[] | { [key: string]: PreciseJsonValue };

export class PreciseJsonError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(`${message} at position ${position}`);
    this.name = "PreciseJsonError";
  }
}

/** Deep enough for any API response; shallow enough that a hostile body cannot overflow the stack. */
const MAX_DEPTH = 512;

const ESCAPES: Readonly<Record<string, string>> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
const NUMBER_PATTERN = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;

export function parsePreciseJson(text: string): PreciseJsonValue {
  const parser = new Parser(text);
  parser.skipWhitespace();
  const value = parser.parseValue(0);
  parser.skipWhitespace();
  if (parser.position < text.length) throw new PreciseJsonError("Unexpected text after the JSON value", parser.position);
  return value;
}

class Parser {
  position = 0;

  constructor(private readonly text: string) {}

  skipWhitespace(): void {
    while (this.position < this.text.length) {
      const code = this.text.charCodeAt(this.position);
      if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) return;
      this.position += 1;
    }
  }

  parseValue(depth: number): PreciseJsonValue {
    if (depth > MAX_DEPTH) throw new PreciseJsonError("JSON nested too deeply", this.position);
    const character = this.text[this.position];
    switch (character) {
      case "{":
        return this.parseObject(depth);
      case "[":
        return this.parseArray(depth);
      case '"':
        return this.parseString();
      case "t":
        return this.parseLiteral("true", true);
      case "f":
        return this.parseLiteral("false", false);
      case "n":
        return this.parseLiteral("null", null);
      case undefined:
        throw new PreciseJsonError("Unexpected end of JSON", this.position);
      default:
        if (character === "-" || (character >= "0" && character <= "9")) return this.parseNumber();
        throw new PreciseJsonError(`Unexpected character ${JSON.stringify(character)}`, this.position);
    }
  }

  private parseLiteral<T extends PreciseJsonValue>(word: string, value: T): T {
    if (!this.text.startsWith(word, this.position)) throw new PreciseJsonError("Invalid literal", this.position);
    this.position += word.length;
    return value;
  }

  private parseNumber(): number | bigint {
    NUMBER_PATTERN.lastIndex = this.position;
    const match = NUMBER_PATTERN.exec(this.text);
    if (!match) throw new PreciseJsonError("Invalid number", this.position);
    const literal = match[0];
    this.position += literal.length;
    const isInteger = match[1] === undefined && match[2] === undefined;
    if (isInteger) {
      const asNumber = Number(literal);
      return Number.isSafeInteger(asNumber) ? asNumber : BigInt(literal);
    }
    return Number(literal);
  }

  private parseString(): string {
    this.position += 1; // the opening quote
    let result = "";
    let chunkStart = this.position;
    while (true) {
      if (this.position >= this.text.length) throw new PreciseJsonError("Unterminated string", this.position);
      const code = this.text.charCodeAt(this.position);
      if (code === 0x22) {
        result += this.text.slice(chunkStart, this.position);
        this.position += 1;
        return result;
      }
      if (code < 0x20) throw new PreciseJsonError("Control character in string", this.position);
      if (code !== 0x5c) {
        this.position += 1;
        continue;
      }
      result += this.text.slice(chunkStart, this.position);
      const escape = this.text[this.position + 1];
      if (escape === "u") {
        const hex = this.text.slice(this.position + 2, this.position + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new PreciseJsonError("Invalid \\u escape", this.position);
        // Surrogate pairs arrive as two escapes; concatenating their code units rebuilds the character.
        result += String.fromCharCode(Number.parseInt(hex, 16));
        this.position += 6;
      } else {
        const replacement = escape === undefined ? undefined : ESCAPES[escape];
        if (replacement === undefined) throw new PreciseJsonError("Invalid escape", this.position);
        result += replacement;
        this.position += 2;
      }
      chunkStart = this.position;
    }
  }

  private parseArray(depth: number): PreciseJsonValue[] {
    this.position += 1;
    const items: PreciseJsonValue[] = [];
    this.skipWhitespace();
    if (this.text[this.position] === "]") {
      this.position += 1;
      return items;
    }
    while (true) {
      this.skipWhitespace();
      items.push(this.parseValue(depth + 1));
      this.skipWhitespace();
      const separator = this.text[this.position];
      this.position += 1;
      if (separator === "]") return items;
      if (separator !== ",") throw new PreciseJsonError("Expected , or ] in array", this.position - 1);
    }
  }

  private parseObject(depth: number): { [key: string]: PreciseJsonValue } {
    this.position += 1;
    const object: { [key: string]: PreciseJsonValue } = {};
    this.skipWhitespace();
    if (this.text[this.position] === "}") {
      this.position += 1;
      return object;
    }
    while (true) {
      this.skipWhitespace();
      if (this.text[this.position] !== '"') throw new PreciseJsonError("Expected a property name", this.position);
      const key = this.parseString();
      this.skipWhitespace();
      if (this.text[this.position] !== ":") throw new PreciseJsonError("Expected :", this.position);
      this.position += 1;
      this.skipWhitespace();
      const value = this.parseValue(depth + 1);
      // A "__proto__" key is data, never the prototype (plain assignment would set the prototype).
      Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
      this.skipWhitespace();
      const separator = this.text[this.position];
      this.position += 1;
      if (separator === "}") return object;
      if (separator !== ",") throw new PreciseJsonError("Expected , or } in object", this.position - 1);
    }
  }
}
