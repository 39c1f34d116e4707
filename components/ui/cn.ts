/** Joins class names, skipping falsy parts, so conditional classes read as plain expressions. */
export function cn(...parts: (string | false | null | undefined)[]): string {
  return parts.filter(Boolean).join(" ");
}
