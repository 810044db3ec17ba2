// Validates docs/asyncapi.yaml with the AsyncAPI parser (the reference implementation) and renders it as
// a static HTML page. Run by Maven (services/contracts, phase verify) after `npm ci`:
//   node validate.mjs <asyncapi.yaml> <asyncapi.html> [write|check]
// With check the page is rendered and compared with the one in docs/: a document changed without
// its page fails the build (regenerate: mvn -pl services/contracts verify -Dasyncapi.write=write).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Parser, fromFile } from '@asyncapi/parser';
import { render } from './render.mjs';

const [, , yamlPath, htmlPath, mode] = process.argv;
const parser = new Parser();
const { document, diagnostics } = await fromFile(parser, resolve(yamlPath)).parse({
  validateOptions: { allowedSeverity: { error: false, warning: true, info: true, hint: true } },
});
const severities = ['error', 'warning', 'info', 'hint'];
for (const d of diagnostics) {
  if (d.severity <= 1) {
    console.log(`[asyncapi] ${severities[d.severity]} ${d.code} at ${d.path.join('/')}: ${d.message}`);
  }
}
const errors = diagnostics.filter((d) => d.severity === 0);
if (!document || errors.length > 0) {
  console.error(`[asyncapi] ${yamlPath} is not a valid AsyncAPI document: ${errors.length} error(s)`);
  process.exit(1);
}
const messages = document.allMessages().length;
console.log(`[asyncapi] ${yamlPath}: valid AsyncAPI ${document.version()}, ${document.channels().length} channels, `
  + `${document.operations().length} operations, ${messages} messages`);

const html = render(document);
if (mode === 'write') {
  writeFileSync(htmlPath, html);
  console.log(`[asyncapi] wrote ${htmlPath}`);
} else if (!existsSync(htmlPath) || readFileSync(htmlPath, 'utf8') !== html) {
  console.error(`[asyncapi] ${htmlPath} is not the rendering of ${yamlPath}: `
    + 'regenerate with mvn -B -o -pl services/contracts verify -Dasyncapi.write=write');
  process.exit(1);
} else {
  console.log(`[asyncapi] ${htmlPath} is up to date`);
}
