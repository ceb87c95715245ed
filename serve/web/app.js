// kg explorer: search an entity, draw its neighbourhood, read the
// statements behind it. Plain JavaScript, no libraries; every text from
// the store goes into the page through textContent, never as HTML.
"use strict";

const $ = (id) => document.getElementById(id);

// The colours of the drawing's node types (export/dot's palette).
const typeColours = {
  Person: "#8dd3c7", Organization: "#80b1d3", Place: "#b3de69", Weapon: "#fb8072",
  Product: "#fdb462", Event: "#bebada", Thing: "#d9d9d9", Concept: "#ffffb3",
};
const filterKeys = ["depth", "max_nodes", "types", "predicates", "article", "min_confidence", "negated"];
const defaultNodes = "20";

const state = {
  info: null,
  view: null,        // the state of the hash: {id, depth, types, ...}
  entity: null,      // the centre entity
  statements: [],    // the centre's statements, as listed
  zoom: 0,           // 0: fit the panel; otherwise a scale of the natural size
  trail: [],         // entities visited, most recent last
  loads: 0,          // counts loads, so that a slow answer never overwrites a newer one
};

// el builds an element with properties and children (strings become text).
function el(tag, props, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) {
    if (k === "class") e.className = v;
    else if (k === "data") Object.assign(e.dataset, v);
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else if (v !== undefined && v !== null && v !== false) e.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) {
    if (c !== null && c !== undefined && c !== false) e.append(typeof c === "string" || typeof c === "number" ? String(c) : c);
  }
  return e;
}

async function getJSON(url) {
  const res = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await res.json().catch(() => ({ error: res.statusText }));
  if (!res.ok) throw new Error(body.error || res.statusText);
  return body;
}

// ---- The view in the address: #id=...&depth=2&types=Person,Place ----

function readHash() {
  const p = new URLSearchParams(location.hash.slice(1));
  const v = {};
  for (const k of ["id", ...filterKeys]) if (p.get(k)) v[k] = p.get(k);
  return v;
}

function go(change) {
  const v = Object.assign({}, state.view || {}, change);
  const p = new URLSearchParams();
  for (const k of ["id", ...filterKeys]) if (v[k]) p.set(k, v[k]);
  location.hash = p.toString();
}

function viewQuery(v) {
  const p = new URLSearchParams({ id: v.id, max_nodes: defaultNodes });
  for (const k of filterKeys) if (v[k]) p.set(k, v[k]);
  return p.toString();
}

// ---- Search with suggestions ----

const search = { timer: 0, results: [], active: -1, seq: 0 };

function setupSearch() {
  const q = $("q");
  q.addEventListener("input", () => {
    clearTimeout(search.timer);
    search.timer = setTimeout(suggest, 120);
  });
  q.addEventListener("keydown", (e) => {
    const n = search.results.length;
    if (e.key === "ArrowDown" && n) { e.preventDefault(); highlightSuggestion((search.active + 1) % n); }
    else if (e.key === "ArrowUp" && n) { e.preventDefault(); highlightSuggestion((search.active - 1 + n) % n); }
    else if (e.key === "Enter") {
      e.preventDefault();
      if (n) choose(search.results[Math.max(search.active, 0)]);
      else suggest();
    } else if (e.key === "Escape") closeSuggestions();
  });
  q.addEventListener("blur", () => setTimeout(closeSuggestions, 150));
}

async function suggest() {
  const text = $("q").value.trim();
  const seq = ++search.seq;
  if (!text) { closeSuggestions(); return; }
  try {
    const res = await getJSON("/api/kg/search?limit=8&q=" + encodeURIComponent(text));
    if (seq !== search.seq) return;
    search.results = res.results;
    search.active = res.results.length ? 0 : -1;
    renderSuggestions(text);
  } catch (err) {
    showMessage(err.message);
  }
}

function renderSuggestions(text) {
  const ul = $("suggestions");
  ul.replaceChildren();
  if (!search.results.length) {
    ul.append(el("li", { class: "none" }, `No entity matches “${text}”.`));
  }
  search.results.forEach((r, i) => {
    // Name the alias that matched, unless the label shows the query too.
    const inLabel = r.label.toLowerCase().includes(text.toLowerCase());
    const alias = r.matched && r.matched !== r.label && !inLabel ? el("span", { class: "alias" }, `“${r.matched}”`) : null;
    ul.append(el("li", {
      id: "sugg-" + i, role: "option", class: "suggestion", "aria-selected": i === search.active ? "true" : "false",
      onmousedown: (e) => { e.preventDefault(); choose(r); },
    }, typeBadge(r.type), el("span", { class: "label" }, r.label), alias,
    el("span", { class: "count", title: "statements" }, String(r.mentions))));
  });
  ul.hidden = false;
  $("q").setAttribute("aria-expanded", "true");
}

function highlightSuggestion(i) {
  search.active = i;
  for (const li of $("suggestions").querySelectorAll(".suggestion")) {
    li.setAttribute("aria-selected", li.id === "sugg-" + i ? "true" : "false");
  }
  $("q").setAttribute("aria-activedescendant", "sugg-" + i);
}

function closeSuggestions() {
  $("suggestions").hidden = true;
  $("q").setAttribute("aria-expanded", "false");
}

function choose(r) {
  closeSuggestions();
  $("q").value = r.label;
  $("q").blur();
  go({ id: r.id });
}

function typeBadge(type) {
  const bg = typeColours[type];
  return el("span", { class: "type " + (bg ? "" : "literal"), style: bg ? `background:${bg}` : null }, type);
}

// ---- Filters ----

// countNoun names what a type facet counts: concepts (the unnamed noun
// phrases of each article), named entities, or literal values.
function countNoun(type) {
  if (type === "Concept") return "concepts";
  return typeColours[type] ? "entities" : "values";
}

async function setupFilters() {
  const facets = await getJSON("/api/kg/facets");
  const types = $("types");
  for (const t of facets.types) {
    const bg = typeColours[t.name] || "#fff";
    types.append(el("label", { class: "chip", title: `${t.count} ${countNoun(t.name)}` },
      el("input", { type: "checkbox", value: t.name, checked: true }),
      el("span", { class: "swatch", style: `background:${bg}` }), t.name));
  }
  for (const p of facets.predicates) {
    $("predicate").append(el("option", { value: p.name }, `${p.name} (${p.count})`));
  }
  for (const a of facets.articles) {
    $("article").append(el("option", { value: a.id, title: a.title || a.id }, shorten(a.title ? `${a.title}` : a.id, 48)));
  }
  $("filters").addEventListener("change", (e) => {
    if (e.target.id === "conf") return;
    applyFilters();
  });
  $("conf").addEventListener("input", () => { $("confOut").value = Number($("conf").value).toFixed(2); });
  $("conf").addEventListener("change", applyFilters);
  $("reset").addEventListener("click", () => {
    const v = { id: state.view && state.view.id };
    for (const k of filterKeys) v[k] = "";
    go(v);
  });
}

function applyFilters() {
  const boxes = [...$("types").querySelectorAll("input")];
  const on = boxes.filter((b) => b.checked).map((b) => b.value);
  go({
    depth: $("depth").value === "1" ? "" : $("depth").value,
    max_nodes: $("nodes").value === defaultNodes ? "" : $("nodes").value,
    types: on.length === boxes.length ? "" : on.join(","),
    predicates: $("predicate").value,
    article: $("article").value,
    min_confidence: Number($("conf").value) > 0 ? $("conf").value : "",
    negated: $("negated").value,
  });
}

// showFilters puts the view's filters into the form.
function showFilters(v) {
  $("depth").value = v.depth || "1";
  $("nodes").value = v.max_nodes || defaultNodes;
  const types = (v.types || "").split(",").filter(Boolean);
  for (const b of $("types").querySelectorAll("input")) b.checked = !types.length || types.includes(b.value);
  $("predicate").value = v.predicates || "";
  $("article").value = v.article || "";
  $("conf").value = v.min_confidence || "0";
  $("confOut").value = Number($("conf").value).toFixed(2);
  $("negated").value = v.negated || "";
}

// ---- Loading a view ----

async function load() {
  const v = readHash();
  state.view = v;
  showFilters(v);
  if (!v.id) { showWelcome(); return; }
  const seq = ++state.loads;
  const q = viewQuery(v);
  setDownloads(q);
  $("graph").classList.add("loading");
  hideMessage();
  try {
    const [ent, svg] = await Promise.all([getJSON("/api/kg/entity?" + q), fetchSVG("/api/kg/neighbourhood.svg?" + q)]);
    if (seq !== state.loads) return;
    state.entity = ent.entity;
    state.statements = ent.statements;
    remember(ent.entity);
    showEntity(ent);
    showGraph(svg, ent.entity.id);
    document.title = `${ent.entity.label} · kg explorer`;
  } catch (err) {
    if (seq === state.loads) showMessage(err.message);
  } finally {
    if (seq === state.loads) $("graph").classList.remove("loading");
  }
}

async function fetchSVG(url) {
  const res = await fetch(url);
  const text = await res.text();
  if (!res.ok) {
    let msg = res.statusText;
    try { msg = JSON.parse(text).error || msg; } catch (_) { /* not JSON */ }
    throw new Error(msg);
  }
  return text;
}

function setDownloads(q) {
  const box = $("downloads");
  box.querySelectorAll("a").forEach((a) => a.remove());
  const names = { svg: "SVG", png: "PNG", jsonld: "JSON-LD", graphml: "GraphML" };
  for (const ext of (state.info && state.info.downloads) || []) {
    box.append(el("a", { class: "button", id: "dl-" + ext, href: `/api/kg/neighbourhood.${ext}?${q}&download=1`, download: true },
      names[ext] || ext.toUpperCase()));
  }
}

// ---- The drawing ----

// sanitise parses the server's SVG and drops anything that could run.
function sanitise(text) {
  const doc = new DOMParser().parseFromString(text, "image/svg+xml");
  const svg = doc.documentElement;
  if (svg.nodeName !== "svg") throw new Error("the drawing is not SVG");
  for (const bad of svg.querySelectorAll("script, foreignObject, iframe, object, embed")) bad.remove();
  for (const node of svg.querySelectorAll("*")) {
    for (const attr of [...node.attributes]) {
      const v = attr.value.trim().toLowerCase();
      if (attr.name.toLowerCase().startsWith("on") || ((attr.localName === "href") && !v.startsWith("#"))) {
        node.removeAttributeNode(attr);
      }
    }
  }
  return document.importNode(svg, true);
}

function showGraph(text, centre) {
  const svg = sanitise(text);
  const box = $("graph");
  box.replaceChildren(svg);
  const vb = svg.viewBox.baseVal;
  svg.dataset.width = vb && vb.width ? vb.width : svg.width.baseVal.value;
  svg.dataset.height = vb && vb.height ? vb.height : svg.height.baseVal.value;
  svg.removeAttribute("width");
  svg.removeAttribute("height");
  svg.setAttribute("preserveAspectRatio", "xMidYMid meet");
  for (const g of svg.querySelectorAll("g.node")) {
    const id = g.querySelector("title") ? g.querySelector("title").textContent : "";
    if (id.startsWith("legend:")) { g.classList.add("legend"); continue; }
    g.dataset.id = id;
    if (id === centre) g.classList.add("centre");
    g.classList.add("clickable");
    g.setAttribute("tabindex", "0");
    g.setAttribute("role", "button");
    g.addEventListener("click", () => go({ id }));
    g.addEventListener("keydown", (e) => { if (e.key === "Enter") go({ id }); });
  }
  for (const g of svg.querySelectorAll("g.edge")) {
    const t = g.querySelector("title");
    if (!t) continue;
    const [from, to] = t.textContent.split("->");
    g.classList.add("clickable");
    g.addEventListener("click", () => showEdge(from, to));
  }
  applyZoom();
}

function applyZoom() {
  const svg = $("graph").querySelector("svg");
  if (!svg) return;
  if (!state.zoom) {
    // Fit the panel, but never blow a small drawing up beyond 1.5 times.
    svg.style.width = "100%";
    svg.style.height = "100%";
    svg.style.maxWidth = svg.dataset.width * 1.5 + "px";
    svg.style.maxHeight = svg.dataset.height * 1.5 + "px";
    $("graph").classList.add("fit");
  } else {
    svg.style.width = svg.dataset.width * state.zoom + "px";
    svg.style.height = svg.dataset.height * state.zoom + "px";
    svg.style.maxWidth = svg.style.maxHeight = "none";
    $("graph").classList.remove("fit");
  }
}

function zoomBy(f) {
  const svg = $("graph").querySelector("svg");
  if (!svg) return;
  if (!state.zoom) state.zoom = svg.getBoundingClientRect().width / svg.dataset.width || 1;
  state.zoom = Math.min(4, Math.max(0.2, state.zoom * f));
  applyZoom();
}

function setupGraph() {
  $("zoomIn").addEventListener("click", () => zoomBy(1.25));
  $("zoomOut").addEventListener("click", () => zoomBy(0.8));
  $("zoomFit").addEventListener("click", () => { state.zoom = 0; applyZoom(); });
  // Drag to pan when zoomed in.
  const box = $("graph");
  let drag = null;
  box.addEventListener("mousedown", (e) => {
    if (state.zoom && e.button === 0) drag = { x: e.clientX, y: e.clientY, left: box.scrollLeft, top: box.scrollTop };
  });
  window.addEventListener("mousemove", (e) => {
    if (!drag) return;
    box.scrollLeft = drag.left - (e.clientX - drag.x);
    box.scrollTop = drag.top - (e.clientY - drag.y);
  });
  window.addEventListener("mouseup", () => { drag = null; });
}

function showWelcome() {
  state.entity = null;
  document.title = "kg explorer";
  $("graph").replaceChildren(welcome);
  $("entity").replaceChildren(el("p", { class: "muted" }, "Choose an entity to see its statements here."));
  $("statements").replaceChildren();
  $("downloads").querySelectorAll("a").forEach((a) => a.remove());
}

function remember(e) {
  state.trail = state.trail.filter((t) => t.id !== e.id);
  state.trail.push({ id: e.id, label: e.label });
  if (state.trail.length > 6) state.trail.shift();
  const nav = $("trail");
  nav.replaceChildren();
  state.trail.forEach((t, i) => {
    if (i) nav.append(el("span", { class: "sep", "aria-hidden": "true" }, "›"));
    nav.append(t.id === e.id ? el("strong", {}, shorten(t.label, 28))
      : el("a", { href: "#", onclick: (ev) => { ev.preventDefault(); go({ id: t.id }); } }, shorten(t.label, 28)));
  });
}

// ---- The side panel ----

function showEntity(res) {
  const e = res.entity;
  const shown = res.statements.length;
  $("entity").replaceChildren(...[
    el("h2", {}, e.label, " ", typeBadge(e.type)),
    e.aliases.length ? el("p", { class: "aliases" }, "Also: ", e.aliases.join(", ")) : null,
    e.literal ? el("p", { class: "muted" }, `A ${e.type.toLowerCase()} value: the statements that name it.`)
      : el("p", { class: "iri", title: "The entity's IRI" }, e.id),
    el("p", { class: "count" }, shown === res.total ? `${shown} statement${shown === 1 ? "" : "s"}`
      : `${shown} of ${res.total} statements match the filters`),
  ].filter(Boolean));
  const list = el("ol", { class: "statement-list" });
  for (const st of res.statements) list.append(statementItem(st, e.id));
  $("statements").replaceChildren(list);
  if (!res.statements.length) $("statements").append(el("p", { class: "muted" }, "No statement matches the filters."));
}

function term(t, centre) {
  const kind = t.id ? "term" : "term literal";
  if (t.node === centre) return el("span", { class: kind + " centre", title: t.type }, t.label);
  return el("a", {
    class: kind, href: "#", title: `${t.type}: go to ${t.label}`,
    onclick: (e) => { e.preventDefault(); e.stopPropagation(); go({ id: t.node }); },
  }, t.label);
}

function statementItem(st, centre) {
  const badges = [];
  if (st.negated) badges.push(el("span", { class: "badge neg" }, "negated"));
  if (st.modality) badges.push(el("span", { class: "badge mod" }, st.modality));
  if (st.reported_by) badges.push(el("span", { class: "badge rep" }, "reported by ", st.reported_by.label));
  const conf = el("span", { class: "conf", title: `confidence ${st.confidence}` },
    el("span", { class: "track" }, el("span", { class: "bar", style: `width:${Math.round(st.confidence * 100)}%` })),
    st.confidence.toFixed(2));
  const head = el("button", { type: "button", class: "st-head", "aria-expanded": "false" },
    el("span", { class: "triple" }, term(st.subject, centre), " ", el("span", { class: "pred" }, st.predicate), " ", term(st.object, centre)),
    conf, badges.length ? el("span", { class: "meta" }, badges) : null);
  const li = el("li", { class: "statement" + (st.negated ? " negated" : ""), data: { id: st.id, from: st.subject.node, to: st.object.node } }, head);
  head.addEventListener("click", () => toggleStatement(li, st));
  return li;
}

function toggleStatement(li, st, open) {
  const body = li.querySelector(".st-body");
  const want = open === undefined ? !body : open;
  if (body && !want) { body.remove(); li.querySelector(".st-head").setAttribute("aria-expanded", "false"); return; }
  if (body || !want) return;
  li.querySelector(".st-head").setAttribute("aria-expanded", "true");
  li.append(statementBody(st));
}

function statementBody(st) {
  const h = st.highlight;
  const quote = h ? el("blockquote", { class: "sentence" }, h.before, el("mark", {}, h.words), h.after)
    : el("blockquote", { class: "sentence" }, st.sentence.text);
  const a = st.article;
  const title = a.title || a.id;
  const source = a.url ? el("a", { href: a.url, target: "_blank", rel: "noopener noreferrer" }, title) : el("span", {}, title);
  return el("div", { class: "st-body" }, quote,
    el("dl", {},
      el("dt", {}, "Article"), el("dd", {}, source, a.date ? ` · ${a.date}` : "", a.title ? el("span", { class: "muted" }, ` · ${a.id}`) : null),
      el("dt", {}, "Sentence"), el("dd", {}, `#${st.sentence.index}, bytes ${st.span.start}–${st.span.end} of the article`),
      el("dt", {}, "Words"), el("dd", {}, `“${st.surface}”`),
      el("dt", {}, "Extractor"), el("dd", {}, st.extractor + (st.extractor_version ? ` ${st.extractor_version}` : ""), ` · confidence ${st.confidence.toFixed(2)}`),
      el("dt", {}, "Statement"), el("dd", { class: "iri" }, st.id)));
}

// showEdge opens the statements behind an edge of the drawing.
function showEdge(from, to) {
  let first = null;
  for (const li of $("statements").querySelectorAll("li.statement")) {
    const on = (li.dataset.from === from && li.dataset.to === to) || (li.dataset.from === to && li.dataset.to === from);
    li.classList.toggle("picked", on);
    if (on) {
      toggleStatement(li, state.statements.find((s) => s.id === li.dataset.id), true);
      first = first || li;
    }
  }
  if (first) first.scrollIntoView({ block: "nearest", behavior: "smooth" });
  else showMessage("That edge joins two other entities: click one of them to see its statements.", true);
}

// ---- Messages and helpers ----

function showMessage(text, info) {
  const m = $("message");
  m.textContent = text;
  m.className = "message" + (info ? " info" : "");
  m.hidden = false;
  clearTimeout(showMessage.timer);
  showMessage.timer = setTimeout(hideMessage, info ? 4000 : 8000);
}

function hideMessage() { $("message").hidden = true; }

function shorten(s, n) { return s.length > n ? s.slice(0, n - 1) + "…" : s; }

let welcome;

async function start() {
  welcome = $("welcome");
  setupSearch();
  setupGraph();
  try {
    state.info = await getJSON("/api/kg/info");
    $("stats").textContent = `${state.info.entities} entities · ${state.info.statements} statements · ${state.info.articles} articles`;
    for (const e of state.info.most_mentioned) {
      $("starters").append(el("button", { type: "button", class: "starter", onclick: () => go({ id: e.id }) }, typeBadge(e.type), " ", e.label));
    }
    await setupFilters();
  } catch (err) {
    showMessage(err.message);
  }
  window.addEventListener("hashchange", load);
  load();
}

start();
