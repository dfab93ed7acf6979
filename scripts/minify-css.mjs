// A deliberately small CSS minifier for the release build's stylesheet: drops comments and
// collapses whitespace, and removes it only around `{`, `}` and `;`, and a last `;` before `}`.
// It never touches `:`, `>`, `+`, `~`, `,` or parentheses, where a space can carry meaning
// (`.a :focus` is not `.a:focus`, `calc(1px + 2px)` needs its spaces). Quoted strings pass
// through unchanged as long as they hold none of what it rewrites; it refuses the rest, and
// `url()`, rather than parse them.

/** `css` minified, or an error if it holds something this minifier does not handle. */
export function minifyCss(css) {
  const code = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const [text] of code.matchAll(/"[^"]*"|'[^']*'/g)) {
    if (/[{};]|\s\s|\/\*|[\t\n]/.test(text)) throw new Error(`minify-css: cannot keep the string ${text}`);
  }
  if (/url\(/.test(code)) throw new Error('minify-css: url() is not handled; extend scripts/minify-css.mjs');
  return code
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};]) ?/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}
