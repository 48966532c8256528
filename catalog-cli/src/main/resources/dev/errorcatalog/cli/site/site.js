// errorcatalog site: the search and the explain box, over window.ERRORCATALOG (search-data.js). No request leaves the
// page, and every text is put in with textContent, never as markup.
(function () {
  "use strict";
  var data = window.ERRORCATALOG;
  if (!data) { return; }
  var products = data.products; // [id, page, [language tags], index of the language shown, 1 when of catalog-all's data]
  var codes = data.codes;       // [product index, code, [text per language or null], retry words index, 1 when it covers subcodes]
  var COMMON = "common";
  var lower = null;             // each code's lower-case code and texts, made on the first search

  function el(name, text, attrs) {
    var e = document.createElement(name);
    if (text != null) { e.textContent = text; }
    for (var k in attrs || {}) { e.setAttribute(k, attrs[k]); }
    return e;
  }

  // ---- search, ranked as the command line's search ranks (SearchCommand.terms and score) ----

  var SPLIT = /[ \t\n\x0B\f\r!-\/:-@\[-`{-~，。：；、（）！？“”]+/;
  var HAN = /\p{Script=Han}/u;

  function terms(query) {
    var out = [];
    query.split(SPLIT).forEach(function (w) {
      if (!w) { return; }
      if (HAN.test(w) && w.length > 2) { // a run with Chinese in it is taken as its two-character pieces
        for (var i = 0; i + 2 <= w.length; i++) { out.push(w.substring(i, i + 2)); }
      } else {
        out.push(w);
      }
    });
    return out;
  }

  function score(query, ts, code, message) {
    var s = 0;
    if (code === query) { s += 1000; } else if (code.indexOf(query) >= 0) { s += 500; }
    if (message.indexOf(query) >= 0) { s += 400; }
    if (ts.length) {
      var found = 0;
      for (var i = 0; i < ts.length; i++) {
        if (code.indexOf(ts[i]) >= 0 || message.indexOf(ts[i]) >= 0) { found++; }
      }
      if (found * 2 >= ts.length) { s += Math.floor(300 * found / ts.length); }
    }
    return s;
  }

  function holdsOne(text, ts, query) {
    return text.indexOf(query) >= 0 || ts.some(function (t) { return text.indexOf(t) >= 0; });
  }

  function search(raw) {
    var query = raw.trim().toLowerCase();
    if (!query || query.length > 1000) { return []; }
    if (!lower) {
      lower = codes.map(function (c) {
        return [c[1].toLowerCase(), c[2].map(function (t) { return t == null ? null : t.toLowerCase(); })];
      });
    }
    var ts = terms(query);
    var hits = [];
    for (var i = 0; i < codes.length; i++) {
      var best = 0, bestLanguage = -1, texts = lower[i][1];
      for (var l = 0; l < texts.length; l++) {
        if (texts[l] == null) { continue; }
        var s = score(query, ts, lower[i][0], texts[l]);
        if (s > best) { best = s; bestLanguage = l; }
      }
      if (best > 0) {
        // among equal scores the shorter text first: the text shown; for a product of catalog-all's data, the shown
        // text only when it holds one of the words too, else the one that matched (SearchCommand.Found)
        var p = products[codes[i][0]], shown = p[3];
        if (texts[shown] == null || (p[4] && !holdsOne(lower[i][0] + "\t" + texts[shown], ts, query))) { shown = bestLanguage; }
        hits.push({i: i, score: best, length: codes[i][2][shown].length, matched: bestLanguage});
      }
    }
    hits.sort(function (a, b) {
      var pa = products[codes[a.i][0]][0], pb = products[codes[b.i][0]][0];
      return b.score - a.score || (pa === COMMON) - (pb === COMMON) || a.length - b.length
        || (pa < pb ? -1 : pa > pb ? 1 : 0) || (codes[a.i][1] < codes[b.i][1] ? -1 : codes[a.i][1] > codes[b.i][1] ? 1 : 0);
    });
    return hits;
  }

  /** The text shown for a code: in the product's shown language, else its first; with its language tag. */
  function shownText(c) {
    var p = products[c[0]], l = c[2][p[3]] != null ? p[3] : c[2].findIndex(function (t) { return t != null; });
    return {text: c[2][l], lang: p[2][l]};
  }

  var SHOWN = 20;

  function showResults(raw) {
    var box = document.getElementById("results");
    var started = performance.now();
    var hits = search(raw);
    box.replaceChildren();
    if (raw.trim()) {
      box.appendChild(el("p", hits.length ? hits.length + (hits.length === 1 ? " code matches" : " codes match")
        + (hits.length > SHOWN ? "; the best " + SHOWN + " are shown" : "") : "No code or message matches.", {"class": "count"}));
      var list = el("ol");
      hits.slice(0, SHOWN).forEach(function (h) {
        var c = codes[h.i], p = products[c[0]], t = shownText(c);
        var li = el("li", null, {"data-product": p[0], "data-code": c[1]});
        li.appendChild(el("a", c[1], {href: p[1] + "#" + c[1]}));
        li.appendChild(el("span", p[0], {"class": "where"}));
        li.appendChild(el("p", t.text, {lang: t.lang}));
        if (p[2][h.matched] !== t.lang) { // the words were found in another language: that text too
          li.appendChild(el("p", c[2][h.matched], {lang: p[2][h.matched], "class": "matched"}));
        }
        list.appendChild(li);
      });
      if (hits.length) { box.appendChild(list); }
    }
    window.errorcatalogLastSearch = {query: raw, ms: performance.now() - started, hits: hits.length};
  }

  // ---- explain, as the command line's explain reads pasted text (ExplainCommand.parse, PastedText) ----

  var byCode = null, categories = null;

  function index() {
    if (byCode) { return; }
    byCode = new Map();
    categories = new Set();
    codes.forEach(function (c, i) {
      if (!byCode.has(c[1])) { byCode.set(c[1], []); }
      byCode.get(c[1]).push(i);
      categories.add(c[1].split(".")[0]);
    });
  }

  var CODE = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*$/;
  function validCode(s) { return s.length <= 128 && CODE.test(s); }
  function isSpace(c) { return c === " " || (c >= "\t" && c <= "\r"); }

  /** The SDK's exception line: [TencentCloudSDKException]code: C message:M requestId:R (PastedText.sdkLine). */
  function sdkLine(text) {
    var mark = "[TencentCloudSDKException]", at = text.indexOf(mark);
    if (at < 0) { return null; }
    var i = at + mark.length;
    while (i < text.length && isSpace(text[i])) { i++; }
    var code = null;
    if (text.startsWith("code:", i)) {
      var start = i + 5;
      while (start < text.length && isSpace(text[start])) { start++; }
      if (text.startsWith("message:", start)) {
        i = start;
      } else {
        var end = start;
        while (end < text.length && !isSpace(text[end])) { end++; }
        code = text.substring(start, end);
        i = end;
        while (i < text.length && isSpace(text[i])) { i++; }
      }
    }
    if (!text.startsWith("message:", i)) { return null; }
    var message = text.substring(i + 8).trim(), requestId = null;
    var m = /(?:^|\s)requestId:\s*(\S*)$/.exec(message);
    if (m) {
      requestId = m[1] || null;
      message = message.substring(0, m.index).trim();
    }
    return {code: code, message: message, requestId: requestId};
  }

  /** The dotted word after a label code, error code, error_code or errorCode and : or = (PastedText.labelledCode). */
  function labelledCode(text) {
    var m = /(?:^|[^\p{L}\p{N}_\p{Mn}])(?:error[ _]?)?code["']?\s*[:=]\s*["']?([A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*)/iu.exec(text);
    return m ? m[1] : null;
  }

  /** The words shaped like a code, in order (PastedText.codeWords). */
  function codeWords(text) {
    var out = [], re = /(?:^|[^\p{L}\p{N}_\p{Mn}])([A-Z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+)*)/gu, m;
    while ((m = re.exec(text))) { out.push(m[1]); }
    return out;
  }

  function requestId(text) {
    var m = /request[_ ]?id["']?\s*[:=]\s*["']?([A-Za-z0-9-]{8,})/i.exec(text);
    return m ? m[1] : null;
  }

  function codeIn(text) {
    var labelled = labelledCode(text);
    if (labelled && validCode(labelled)) { return labelled; }
    var under = null, words = codeWords(text);
    for (var i = 0; i < words.length; i++) {
      if (byCode.has(words[i])) { return words[i]; }
      if (!under && words[i].indexOf(".") > 0 && validCode(words[i]) && categories.has(words[i].split(".")[0])) { under = words[i]; }
    }
    return under;
  }

  /** What was pasted, read as explain reads it: {error} or {code, message, requestId, version}. */
  function read(text) {
    var t = text.trim();
    if (t.charAt(0) === "\uFEFF") { t = t.substring(1).trim(); }
    var json = t.charAt(0) === "{", brace = t.indexOf("{"), last = t.lastIndexOf("}"), notAResponse = null;
    if (json || (brace > 0 && last > brace)) {
      var parsed;
      try { parsed = JSON.parse(json ? t : t.substring(brace, last + 1)); } catch (e) { parsed = undefined; }
      if (parsed === undefined && json) { return {error: "not an API response: the JSON cannot be read (" + "broken or cut short)"}; }
      if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) {
        var r = parsed.Response;
        if (r && typeof r === "object") {
          if (!r.Error) { return {error: "a successful API 3.0 response, not an error"}; }
          if (typeof r.Error.Code === "string") {
            return {code: r.Error.Code, message: r.Error.Message, requestId: r.RequestId, version: "V3"};
          }
        } else if (typeof parsed.code === "number") {
          if (parsed.code === 0) { return {error: "a successful API 2.0 response, not an error"}; }
          var desc = typeof parsed.codeDesc === "string" && parsed.codeDesc.trim() ? parsed.codeDesc : String(parsed.code);
          return {code: desc, message: parsed.message, requestId: null, version: "V2"};
        }
        notAResponse = json ? "not an API response: neither API 3.0 (no \"Response\" object) nor API 2.0 (no \"code\")" : null;
      }
    }
    var sdk = sdkLine(t);
    if (sdk) {
      var c = sdk.code || codeIn(sdk.message);
      if (c) { return {code: c, message: sdk.message, requestId: sdk.requestId, version: "V3"}; }
    }
    var code = codeIn(t);
    if (!code) {
      return {error: notAResponse || "no error code found: not a JSON response, an SDK exception line or a line with a code in it"};
    }
    return {code: code, message: null, requestId: requestId(t), version: "V3"};
  }

  /** The codes that answer: each product's exact one; else the closest parent code (common's alone when it has it). */
  function answers(code) {
    if (byCode.has(code)) { return {kind: "exact", of: byCode.get(code)}; }
    for (var level = code; level.lastIndexOf(".") > 0;) {
      level = level.substring(0, level.lastIndexOf("."));
      var held = byCode.get(level);
      if (held) {
        var common = held.filter(function (i) { return products[codes[i][0]][0] === COMMON; });
        return {kind: "parent code", of: common.length ? common : held};
      }
    }
    return {kind: "nothing", of: []};
  }

  function row(dl, label, value, attrs) {
    dl.appendChild(el("dt", label));
    dl.appendChild(el("dd", value, attrs));
  }

  function explainInto(box, text) {
    box.replaceChildren();
    if (!text.trim()) { return; }
    index();
    var e = read(text);
    if (e.error) { box.appendChild(el("p", e.error, {"class": "error"})); return; }
    var server = el("dl", null, {"class": "server"});
    row(server, "code", e.code + "  (API " + e.version + ")"); // as the command line says it
    row(server, "request id", e.requestId || "(none)");
    row(server, "server message", e.message || "(none)");
    box.appendChild(server);
    var found = answers(e.code);
    if (!found.of.length) {
      box.appendChild(el("p", e.code + " is not in the catalog, nor any parent code: " + (e.message ? "the server's message stands"
        : "the code itself is all there is")));
      return;
    }
    if (found.of.length > 1) {
      box.appendChild(el("p", e.code + " is a code of " + found.of.length + " products: "
        + found.of.map(function (i) { return products[codes[i][0]][0]; }).join(", ")));
    }
    found.of.forEach(function (i) {
      var c = codes[i], p = products[c[0]], t = shownText(c);
      var div = el("div", null, {"class": "answer", "data-product": p[0]});
      var h = el("h3");
      h.appendChild(el("a", p[0] + ":" + c[1], {href: p[1] + "#" + c[1]}));
      div.appendChild(h);
      var dl = el("dl");
      row(dl, "matched", p[0] + ":" + c[1] + " (" + found.kind + ")");
      row(dl, "message", t.text, {lang: t.lang, "class": "message"});
      c[2].forEach(function (other, l) {
        if (other != null && p[2][l] !== t.lang) { row(dl, p[2][l], other, {lang: p[2][l], "class": "other"}); }
      });
      // a parent's advice is the subcode's only where it covers its subcodes, as the catalog answers
      row(dl, "retry", found.kind === "exact" || c[4] ? data.retry[c[3]] : "UNKNOWN", {"class": "retry"});
      div.appendChild(dl);
      box.appendChild(div);
    });
  }

  // ---- the page ----

  var q = document.getElementById("q");
  var form = document.getElementById("search-form");
  q.addEventListener("input", function () { showResults(q.value); });
  q.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") { q.value = ""; showResults(""); }
  });
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var first = document.querySelector("#results li a");
    if (first) { first.focus(); }
  });
  var asked = new URLSearchParams(location.search).get("q");
  if (asked) { q.value = asked; showResults(asked); }
  var paste = document.getElementById("paste");
  if (paste) {
    var box = document.getElementById("explained");
    paste.addEventListener("input", function () { explainInto(box, paste.value); });
    if (paste.value) { explainInto(box, paste.value); }
  }
  window.errorcatalog = {search: search, read: read};
})();
