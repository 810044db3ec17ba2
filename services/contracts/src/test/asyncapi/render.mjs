// A static HTML page of the AsyncAPI document: servers, channels with their Kafka bindings, and every
// message with its CloudEvent headers and its data's properties. No timestamps: the same document
// always gives the same page, so the build can check that docs/asyncapi.html is current.

const esc = (s) => String(s ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function inline(text) {
  return esc(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
}

function markdown(text) {
  const out = [];
  let list = false;
  for (const block of String(text ?? '').trim().split(/\n\s*\n/)) {
    const lines = block.split('\n');
    if (lines.every((l) => /^\s*([*-] |\s{2,})/.test(l))) {
      const items = [];
      for (const l of lines) {
        if (/^\s*[*-] /.test(l)) items.push(l.replace(/^\s*[*-] /, ''));
        else items[items.length - 1] += ' ' + l.trim();
      }
      out.push('<ul>' + items.map((i) => `<li>${inline(i)}</li>`).join('') + '</ul>');
    } else {
      out.push(`<p>${inline(lines.join(' '))}</p>`);
    }
  }
  return out.join('\n');
}

function typeOf(schema) {
  if (!schema) return '';
  if (schema.const !== undefined) return `const ${JSON.stringify(schema.const)}`;
  const json = schema.json ? schema.json() : schema;
  if (json.anyOf || json.oneOf) {
    return (json.anyOf || json.oneOf).map((s) => s.properties?.type?.const ?? s.type).join(' | ');
  }
  let t = Array.isArray(json.type) ? json.type.join('|') : (json.type ?? '');
  if (t === 'array' && json.items) t = `array of ${typeOf(json.items)}`;
  if (json.format) t += ` (${json.format})`;
  if (json.enum) t += `: ${json.enum.join(', ')}`;
  return t;
}

function propertyRows(json, prefix = '', depth = 0) {
  const rows = [];
  const required = new Set(json.required ?? []);
  for (const [name, prop] of Object.entries(json.properties ?? {})) {
    const path = prefix + name;
    rows.push(`<tr><td><code>${esc(path)}</code></td><td>${esc(typeOf(prop))}</td>`
      + `<td>${required.has(name) ? 'yes' : ''}</td><td>${inline(prop.description ?? '')}</td></tr>`);
    if (depth < 2) {
      if (prop.type === 'object' && prop.properties) rows.push(...propertyRows(prop, path + '.', depth + 1));
      if (prop.type === 'array' && prop.items?.properties) rows.push(...propertyRows(prop.items, path + '[].', depth + 1));
    }
  }
  return rows;
}

function table(head, rows) {
  return `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

function headerJson(message) {
  const json = message.headers()?.json() ?? {};
  if (!json.allOf) return json;
  const merged = { properties: {}, required: [] };
  for (const part of json.allOf) {
    for (const [k, v] of Object.entries(part.properties ?? {})) merged.properties[k] = { ...(merged.properties[k] ?? {}), ...v };
    merged.required.push(...(part.required ?? []));
  }
  return merged;
}

export function render(document) {
  const info = document.info();
  const parts = [];
  parts.push(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(info.title())} ${esc(info.version())}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI","PingFang SC","Noto Sans CJK SC",sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#1f2328;line-height:1.5}
h1{border-bottom:2px solid #d0d7de}h2{margin-top:2.5rem;border-bottom:1px solid #d0d7de}h3{margin-top:1.8rem}
code{background:#f6f8fa;padding:.1em .3em;border-radius:4px;font-size:90%}
table{border-collapse:collapse;margin:.5rem 0 1rem;width:100%;font-size:92%}th,td{border:1px solid #d0d7de;padding:.25rem .5rem;text-align:left;vertical-align:top}th{background:#f6f8fa}
.msg{border:1px solid #d0d7de;border-radius:6px;padding:0 1rem .5rem;margin:1rem 0}.type{color:#0969da}
nav ul{columns:2}
</style></head><body>
<h1>${esc(info.title())} <small>${esc(info.version())}</small></h1>
<p>AsyncAPI ${esc(document.version())} — rendered from <a href="asyncapi.yaml">asyncapi.yaml</a>; data schemas in <a href="schemas/">schemas/</a>; how to subscribe: <a href="integrators.md">integrators.md</a>.</p>
${markdown(info.description())}`);

  parts.push('<h2 id="servers">Servers</h2>');
  parts.push(table(['name', 'host', 'protocol', 'description'], document.servers().all().map((s) =>
    `<tr><td>${esc(s.id())}</td><td><code>${esc(s.host())}</code></td><td>${esc(s.protocol())}</td><td>${inline(s.description())}</td></tr>`)));

  const channels = document.channels().all();
  parts.push('<h2 id="channels">Topics</h2>');
  parts.push(table(['topic', 'partitions', 'replicas (local)', 'retention.ms', 'messages', 'description'], channels.map((c) => {
    const k = c.bindings().get('kafka')?.json() ?? {};
    const retention = k.topicConfiguration?.['retention.ms'];
    return `<tr><td><a href="#${esc(c.id())}"><code>${esc(c.address())}</code></a></td><td>${esc(k.partitions)}</td><td>${esc(k.replicas)}</td>`
      + `<td>${retention === -1 ? '-1 (forever)' : esc(retention)}</td><td>${c.messages().all().length}</td><td>${inline(c.description())}</td></tr>`;
  })));

  parts.push('<h2 id="operations">Operations</h2>');
  parts.push(table(['operation', 'action', 'topic', 'title'], document.operations().all().map((o) =>
    `<tr><td>${esc(o.id())}</td><td>${esc(o.action())}</td><td><code>${esc(o.channels().all().map((c) => c.address()).join(', '))}</code></td><td>${inline(o.title())}</td></tr>`)));

  for (const c of channels) {
    parts.push(`<h2 id="${esc(c.id())}">${esc(c.address())}</h2>\n<p>${inline(c.description())}</p>`);
    parts.push('<nav><ul>' + c.messages().all().map((m) => `<li><a href="#${esc(c.id())}-${esc(m.id())}">${esc(m.name())}</a></li>`).join('') + '</ul></nav>');
    for (const m of c.messages().all()) {
      const headers = headerJson(m);
      const ceType = headers.properties?.ce_type?.const;
      const payload = m.payload()?.json() ?? {};
      parts.push(`<div class="msg" id="${esc(c.id())}-${esc(m.id())}"><h3>${esc(m.name())}</h3>`);
      if (ceType) {
        parts.push(`<p>CloudEvent type <code class="type">${esc(ceType)}</code>, source <code>${esc(headers.properties.ce_source?.const)}</code>`
          + ` — data schema <a href="schemas/${esc(ceType)}.json">schemas/${esc(ceType)}.json</a></p>`);
      }
      parts.push(`<p>${inline(m.summary() ?? m.title() ?? '')}</p>`);
      if (headers.properties && Object.keys(headers.properties).length) {
        parts.push('<details><summary>Headers</summary>');
        parts.push(table(['header', 'type', 'required', 'description'], propertyRows(headers)));
        parts.push('</details>');
      }
      parts.push(table(['data property', 'type', 'required', 'description'], propertyRows(payload)));
      parts.push('</div>');
    }
  }
  parts.push('</body></html>\n');
  return parts.join('\n');
}
