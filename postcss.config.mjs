// Tailwind 4 runs as a PostCSS plugin; it finds its sources itself (see app/globals.css).
export default {
  plugins: { "@tailwindcss/postcss": {} },
};
