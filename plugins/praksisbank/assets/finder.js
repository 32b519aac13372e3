/* Praksisbanken: the decision finder on the decision bank page.
 *
 * Without this script the page is a complete table of every published decision. The script
 * shows the filters (country, category per country, outcome, legal basis, years, status, free
 * text), filters and sorts the table's own rows (their data attributes, written by the build),
 * counts what each filter value would give, and keeps the state in the address: a link can be
 * shared and the back button goes back one change. Plain JavaScript, no libraries.
 */
(function () {
  "use strict";

  var FACETS = ["land", "kategori", "utfall", "rettsgrunnlag", "status"];
  var PAGE = 100; /* rows shown at once ("Vis 100 til" shows more): layout grows with rows */
  var SORTS = {
    tittel: { name: "tittel", up: "A–Å", down: "Å–A", first: "stigende" },
    land: { name: "land", up: "A–Å", down: "Å–A", first: "stigende" },
    kategori: { name: "kategori", up: "A–Å", down: "Å–A", first: "stigende" },
    utfall: { name: "utfall", up: "A–Å", down: "Å–A", first: "stigende" },
    dato: { name: "dato", up: "eldste først", down: "nyeste først", first: "synkende" }
  };
  var DEFAULT_SORT = "dato";

  function number(n) { return n.toLocaleString("nb-NO"); }

  function Finder(root) {
    this.root = root;
    this.form = root.querySelector(".pb-finder__form");
    this.table = root.querySelector("table");
    this.tbody = this.table.tBodies[0];
    this.count = root.querySelector(".pb-finder__count");
    this.empty = root.querySelector(".pb-finder__empty");
    this.more = root.querySelector(".pb-finder__more");
    this.unknown = root.querySelector(".pb-finder__unknown");
    this.jump = root.querySelector(".pb-finder__jump");
    this.text = this.form.elements.namedItem("tekst");
    this.from = this.form.elements.namedItem("fra");
    this.to = this.form.elements.namedItem("til");
    this.defaultStatus = (root.getAttribute("data-default-status") || "").split(" ").filter(Boolean);
    this.rows = Array.prototype.map.call(this.tbody.rows, readRow);
    this.ordered = {}; /* sort name + direction -> rows in that order, made when first asked */
    this.ranks = {};
    this.limit = PAGE;
    this.typing = null;
    this.counters = {};
    var counters = this.counters;
    root.querySelectorAll("[data-count-for]").forEach(function (el) {
      counters[el.getAttribute("data-count-for")] = el;
    });
  }

  function readRow(tr) {
    var title = tr.cells[0].querySelector("a");
    var summary = tr.cells[0].querySelector(".pb-muted");
    var basis = tr.getAttribute("data-rettsgrunnlag") || "";
    var day = tr.getAttribute("data-dato") || "";
    return {
      tr: tr,
      id: tr.getAttribute("data-id") || "",
      land: tr.getAttribute("data-land") || "",
      kategori: tr.getAttribute("data-kategori") || "",
      utfall: tr.getAttribute("data-utfall") || "",
      rettsgrunnlag: basis ? basis.split(" ") : [],
      status: tr.getAttribute("data-status") || "",
      dato: day,
      year: parseInt(day.slice(0, 4), 10),
      day: parseInt(day.replace(/-/g, ""), 10) || 0,
      text: normalise([
        title ? title.textContent : "",
        summary ? summary.textContent : "",
        tr.getAttribute("data-id") || ""
      ].join(" ")),
      cells: tr.cells
    };
  }

  function normalise(text) {
    return text.normalize("NFC").toLowerCase().replace(/\s+/g, " ");
  }

  /* -- the state: from the address, from the form, to both ------------------------------------ */

  Finder.prototype.defaults = function () {
    return {
      q: "", land: [], kategori: [], utfall: [], rettsgrunnlag: [],
      status: this.defaultStatus.slice(), fra: "", til: "",
      sort: DEFAULT_SORT, dir: SORTS[DEFAULT_SORT].first
    };
  };

  Finder.prototype.allowed = function (name) {
    return Array.prototype.map.call(
      this.form.querySelectorAll('input[name="' + name + '"]'), function (box) { return box.value; });
  };

  /* The address's names the finder reads; anything else in it is named in a notice. */
  var KNOWN = FACETS.concat(["tekst", "fra", "til", "sorter", "retning"]);

  Finder.prototype.fromAddress = function (search) {
    var params = new URLSearchParams(search);
    var state = this.defaults();
    var self = this;
    var unknown = [];
    state.q = params.get("tekst") || "";
    FACETS.forEach(function (name) {
      var allowed = self.allowed(name);
      var values = params.getAll(name).filter(function (v) {
        var ok = allowed.indexOf(v) >= 0 || (name === "status" && v === "alle");
        if (!ok) { unknown.push(name + "=" + v); }
        return allowed.indexOf(v) >= 0;
      });
      if (name !== "status" || params.has("status")) { state[name] = values; }
    });
    if (params.get("status") === "alle") { state.status = []; }
    params.forEach(function (value, name) {
      if (KNOWN.indexOf(name) < 0) { unknown.push(name + (value ? "=" + value : "")); }
    });
    /* A category comes with its country: afg.enslig-kvinne selects Afghanistan. */
    state.kategori.forEach(function (value) {
      var country = value.split(".")[0];
      if (state.land.indexOf(country) < 0) { state.land.push(country); }
    });
    ["fra", "til"].forEach(function (name) {
      var value = params.get(name) || "";
      if (/^\d{4}$/.test(value)) { state[name] = value; }
      else if (value) { unknown.push(name + "=" + value); }
    });
    var sort = params.get("sorter");
    if (sort && SORTS[sort]) { state.sort = sort; state.dir = SORTS[sort].first; }
    else if (sort) { unknown.push("sorter=" + sort); }
    var dir = params.get("retning");
    if (dir === "stigende" || dir === "synkende") { state.dir = dir; }
    else if (dir) { unknown.push("retning=" + dir); }
    state.unknown = unknown;
    return state;
  };

  /* Values in the address the finder does not know (an old link, a typo) are named, so the
     reader knows the list is not filtered by them. Gone at the next change. */
  Finder.prototype.showUnknown = function (unknown) {
    if (!this.unknown) { return; }
    this.unknown.hidden = !unknown.length;
    this.unknown.textContent = unknown.length
      ? "Ukjent i adressen, ikke brukt: " + unknown.join(", ") + "."
      : "";
  };

  Finder.prototype.toAddress = function (state) {
    var params = new URLSearchParams();
    if (state.q.trim()) { params.set("tekst", state.q.trim()); }
    FACETS.forEach(function (name) {
      if (name !== "status") {
        state[name].forEach(function (v) { params.append(name, v); });
      }
    });
    if (state.fra) { params.set("fra", state.fra); }
    if (state.til) { params.set("til", state.til); }
    var status = state.status.slice().sort().join(" ");
    if (status !== this.defaultStatus.slice().sort().join(" ")) {
      if (state.status.length) { state.status.forEach(function (v) { params.append("status", v); }); }
      else { params.set("status", "alle"); }
    }
    if (state.sort !== DEFAULT_SORT || state.dir !== SORTS[DEFAULT_SORT].first) {
      params.set("sorter", state.sort);
      params.set("retning", state.dir);
    }
    var query = params.toString();
    return window.location.pathname + (query ? "?" + query : "") + window.location.hash;
  };

  Finder.prototype.fromForm = function () {
    var form = this.form;
    var state = this.defaults();
    state.q = this.text.value;
    FACETS.forEach(function (name) {
      state[name] = Array.prototype.filter.call(
        form.querySelectorAll('input[name="' + name + '"]'), function (box) { return box.checked; }
      ).map(function (box) { return box.value; });
    });
    /* Categories count only under a chosen country. */
    state.kategori = state.kategori.filter(function (value) {
      return state.land.indexOf(value.split(".")[0]) >= 0;
    });
    state.fra = this.from.value;
    state.til = this.to.value;
    state.sort = this.state ? this.state.sort : DEFAULT_SORT;
    state.dir = this.state ? this.state.dir : SORTS[DEFAULT_SORT].first;
    return state;
  };

  Finder.prototype.toForm = function (state) {
    var form = this.form;
    if (this.text.value !== state.q) { this.text.value = state.q; }
    FACETS.forEach(function (name) {
      form.querySelectorAll('input[name="' + name + '"]').forEach(function (box) {
        box.checked = state[name].indexOf(box.value) >= 0;
      });
    });
    this.from.value = state.fra;
    this.to.value = state.til;
  };

  /* Show the categories of the chosen countries only; a country let go takes its categories. */
  Finder.prototype.showCategories = function (state) {
    var groups = this.form.querySelectorAll(".pb-facet__group");
    groups.forEach(function (group) {
      var shown = state.land.indexOf(group.getAttribute("data-country")) >= 0;
      group.hidden = !shown;
      if (!shown) {
        group.querySelectorAll("input:checked").forEach(function (box) { box.checked = false; });
      }
    });
    var hint = this.form.querySelector(".pb-facet__hint");
    if (hint) { hint.hidden = state.land.length > 0; }
  };

  /* -- filtering and counting ------------------------------------------------------------------ */

  function asSet(values) {
    var set = Object.create(null);
    values.forEach(function (v) { set[v] = true; });
    return set;
  }

  /* Rows in the order asked for; sorted once per order, then reused by every filter change. */
  Finder.prototype.inOrder = function (sort, dir) {
    var key = sort + ":" + dir;
    if (this.ordered[key]) { return this.ordered[key]; }
    var rank = this.rank(sort);
    var sign = dir === "synkende" ? -1 : 1;
    var rows = this.rows.slice();
    rows.sort(function (a, b) {
      var d = rank(a) - rank(b);
      if (d) { return sign * d; }
      if (a.dato !== b.dato) { return a.dato < b.dato ? 1 : -1; } /* then newest first */
      return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    });
    this.ordered[key] = rows;
    return rows;
  };

  /* A number per row for one column: Norwegian alphabetical order (æ, ø, å last). */
  Finder.prototype.rank = function (sort) {
    if (sort === "dato") {
      return function (r) { return r.day; };
    }
    if (!this.ranks[sort]) {
      var column = { tittel: 0, land: 1, kategori: 2, utfall: 3 }[sort];
      var collator = new Intl.Collator("nb", { sensitivity: "base", numeric: true });
      var texts = Object.create(null);
      this.rows.forEach(function (r) {
        r["_" + sort] = sort === "tittel"
          ? (r.cells[0].querySelector("a") || r.cells[0]).textContent
          : r.cells[column].textContent;
        texts[r["_" + sort]] = true;
      });
      var sorted = Object.keys(texts).sort(collator.compare);
      var ranks = Object.create(null);
      sorted.forEach(function (t, i) { ranks[t] = i; });
      this.ranks[sort] = function (r) { return ranks[r["_" + sort]]; };
    }
    return this.ranks[sort];
  };

  Finder.prototype.apply = function (state) {
    var words = normalise(state.q).split(" ").filter(Boolean);
    var land = state.land.length ? asSet(state.land) : null;
    var kategori = asSet(state.kategori);
    var refined = asSet(state.kategori.map(function (v) { return v.split(".")[0]; }));
    var anyRefined = state.kategori.length > 0;
    var utfall = state.utfall.length ? asSet(state.utfall) : null;
    var basis = state.rettsgrunnlag.length ? asSet(state.rettsgrunnlag) : null;
    var status = state.status.length ? asSet(state.status) : null;
    var from = state.fra ? parseInt(state.fra, 10) : -Infinity;
    var to = state.til ? parseInt(state.til, 10) : Infinity;
    var counts = Object.create(null);
    var matches = [];
    var rows = this.inOrder(state.sort, state.dir);

    function add(key) { counts[key] = (counts[key] || 0) + 1; }

    for (var i = 0; i < rows.length; i++) {
      var r = rows[i];
      /* Free text and years narrow every count; each facet's own choice does not narrow its
         own counts (so a count says what ticking that box would give). */
      if (r.year < from || r.year > to) { continue; }
      var textOk = true;
      for (var w = 0; w < words.length; w++) {
        if (r.text.indexOf(words[w]) < 0) { textOk = false; break; }
      }
      if (!textOk) { continue; }
      var failed = 0;
      var which = "";
      if (land && !land[r.land]) { failed++; which = "land"; }
      if (anyRefined && refined[r.land] && !kategori[r.kategori]) { failed++; which = "kategori"; }
      if (utfall && !utfall[r.utfall]) { failed++; which = "utfall"; }
      if (basis) {
        var hit = false;
        for (var b = 0; b < r.rettsgrunnlag.length; b++) {
          if (basis[r.rettsgrunnlag[b]]) { hit = true; break; }
        }
        if (!hit) { failed++; which = "rettsgrunnlag"; }
      }
      if (status && !status[r.status]) { failed++; which = "status"; }
      if (failed > 1) { continue; }
      if (failed === 0) { matches.push(r); }
      if (failed === 0 || which === "land") { add("land:" + r.land); }
      if (failed === 0 || which === "kategori") { add("kategori:" + r.kategori); }
      if (failed === 0 || which === "utfall") { add("utfall:" + r.utfall); }
      if (failed === 0 || which === "rettsgrunnlag") {
        for (var c = 0; c < r.rettsgrunnlag.length; c++) { add("rettsgrunnlag:" + r.rettsgrunnlag[c]); }
      }
      if (failed === 0 || which === "status") { add("status:" + r.status); }
    }
    return { matches: matches, counts: counts };
  };

  /* -- showing the result ---------------------------------------------------------------------- */

  Finder.prototype.render = function (state) {
    var result = this.apply(state);
    var matches = result.matches;
    var shown = Math.min(matches.length, this.limit);
    var fragment = document.createDocumentFragment();
    for (var i = 0; i < shown; i++) { fragment.appendChild(matches[i].tr); }
    this.tbody.textContent = "";
    this.tbody.appendChild(fragment);
    this.table.hidden = matches.length === 0;
    this.empty.hidden = matches.length !== 0;
    this.more.hidden = shown >= matches.length;
    if (!this.more.hidden) {
      this.more.querySelector("button").textContent =
        "Vis " + number(Math.min(PAGE, matches.length - shown)) + " til";
    }
    var counters = this.counters;
    for (var key in counters) {
      var text = String(result.counts[key] || 0);
      if (counters[key].textContent !== text) { counters[key].textContent = text; }
    }
    this.showSort(state);
    if (this.jump) {
      this.jump.textContent = matches.length === 0 ? "Ingen treff"
        : "Vis " + number(matches.length) + " treff";
    }
    this.announce(state, matches.length, shown, this.hiddenByStatus(state, result.counts));
    this.showActive(state);
  };

  /* How many decisions only the status filter hides, and the statuses they have: the default
     shows current ones, so "62 av 65" says the other three are outdated, and how to see them. */
  Finder.prototype.hiddenByStatus = function (state, counts) {
    var form = this.form;
    var n = 0;
    var labels = [];
    form.querySelectorAll('input[name="status"]').forEach(function (box) {
      var count = counts["status:" + box.value] || 0;
      if (state.status.length && state.status.indexOf(box.value) < 0 && count > 0) {
        n += count;
        labels.push("«" + box.parentNode.querySelector("span").textContent + "»");
      }
    });
    return { n: n, labels: labels };
  };

  Finder.prototype.announce = function (state, found, shown, hidden) {
    var total = this.rows.length;
    var sort = SORTS[state.sort];
    var text;
    if (found === 0) {
      text = "Ingen av de " + number(total) + " vedtakene passer med filtrene.";
    } else {
      text = (found === total ? "Alle " + number(total) + " vedtak vises"
        : number(found) + " av " + number(total) + " vedtak passer") +
        (shown < found ? ", de " + number(shown) + " første vises" : "") +
        ". Sortert etter " + sort.name + ", " +
        (state.dir === "stigende" ? sort.up : sort.down) + ".";
    }
    if (hidden && hidden.n > 0) {
      text += " " + number(hidden.n) + " vedtak vises" +
        " ikke fordi statusen er " + hidden.labels.join(" eller ").toLowerCase() +
        ": kryss av under Status for å se " + (hidden.n === 1 ? "det" : "dem") + ".";
    }
    if (this.count.textContent !== text) { this.count.textContent = text; }
  };

  /* The folded filters say how many are chosen beyond the defaults. */
  Finder.prototype.showActive = function (state) {
    var active = this.form.querySelector(".pb-finder__active");
    if (!active) { return; }
    var n = state.land.length + state.kategori.length + state.utfall.length +
      state.rettsgrunnlag.length + (state.fra ? 1 : 0) + (state.til ? 1 : 0) +
      (state.status.slice().sort().join(" ") !== this.defaultStatus.slice().sort().join(" ") ? 1 : 0);
    var text = n === 0 ? "" : "(" + n + " valgt)";
    if (active.textContent !== text) { active.textContent = text; }
  };

  Finder.prototype.showSort = function (state) {
    this.table.querySelectorAll("th[data-sort]").forEach(function (th) {
      if (th.getAttribute("data-sort") === state.sort) {
        th.setAttribute("aria-sort", state.dir === "stigende" ? "ascending" : "descending");
      } else {
        th.removeAttribute("aria-sort");
      }
    });
  };

  /* -- events ---------------------------------------------------------------------------------- */

  /* One step in the browser's history per change; typing is one step until a pause. */
  Finder.prototype.update = function (how) {
    this.showUnknown([]);
    var state = this.fromForm();
    this.showCategories(state);
    state = this.fromForm();
    this.state = state;
    this.render(state);
    var address = this.toAddress(state);
    var current = window.location.pathname + window.location.search + window.location.hash;
    if (address === current) { return; }
    if (how === "replace") { window.history.replaceState(null, "", address); }
    else { window.history.pushState(null, "", address); }
  };

  Finder.prototype.fromHistory = function () {
    this.typing = null;
    var state = this.fromAddress(window.location.search);
    this.showUnknown(state.unknown);
    this.toForm(state);
    this.showCategories(state);
    this.state = state;
    this.limit = PAGE;
    this.render(state);
  };

  Finder.prototype.sortBy = function (name) {
    var state = this.state;
    if (state.sort === name) {
      state.dir = state.dir === "stigende" ? "synkende" : "stigende";
    } else {
      state.sort = name;
      state.dir = SORTS[name].first;
    }
    this.limit = PAGE;
    this.update("push");
  };

  Finder.prototype.reset = function () {
    this.toForm(this.defaults());
    this.state = this.defaults();
    this.limit = PAGE;
    this.update("push");
    this.text.focus();
  };

  Finder.prototype.start = function () {
    var self = this;
    /* Sort buttons in the column headings: native buttons, so Enter and Space work. */
    this.table.querySelectorAll("th[data-sort]").forEach(function (th) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "pb-sort";
      while (th.firstChild) { button.appendChild(th.firstChild); }
      var icon = document.createElement("span");
      icon.className = "pb-sort__icon";
      icon.setAttribute("aria-hidden", "true");
      button.appendChild(icon);
      th.appendChild(button);
      button.addEventListener("click", function () { self.sortBy(th.getAttribute("data-sort")); });
    });
    this.form.addEventListener("submit", function (event) { event.preventDefault(); });
    this.form.addEventListener("change", function (event) {
      if (event.target === self.text) { return; }
      self.typing = null;
      self.limit = PAGE;
      self.update("push");
    });
    this.text.addEventListener("input", function () {
      self.limit = PAGE;
      self.update(self.typing ? "replace" : "push");
      window.clearTimeout(self.typing);
      self.typing = window.setTimeout(function () { self.typing = null; }, 1000);
    });
    this.root.querySelectorAll(".pb-finder__reset").forEach(function (button) {
      button.addEventListener("click", function () { self.reset(); });
    });
    this.more.querySelector("button").addEventListener("click", function () {
      var first = self.tbody.rows.length;
      self.limit += PAGE;
      self.render(self.state);
      /* Keyboard users go on where they were: to the first new row's link. */
      var row = self.tbody.rows[first];
      var link = row && row.querySelector("a");
      if (link) { link.focus(); }
    });
    if (this.jump) {
      this.jump.addEventListener("click", function (event) {
        event.preventDefault();
        self.count.focus();
        self.count.scrollIntoView({ block: "start" });
      });
    }
    window.addEventListener("popstate", function () { self.fromHistory(); });
    /* On a narrow screen the filters start folded, so the results are near the top. */
    this.filters = this.form.querySelector(".pb-finder__filters");
    if (this.filters && window.matchMedia && window.matchMedia("(max-width: 44.9375em)").matches) {
      this.filters.open = false;
    }
    this.form.hidden = false;
    this.fromHistory();
  };

  function setup(doc) {
    var root = doc.querySelector(".pb-finder");
    if (!root || root.getAttribute("data-ready")) { return; }
    root.setAttribute("data-ready", "true");
    new Finder(root).start();
  }

  /* Material's instant navigation swaps pages without a load event: follow it when it is on. */
  if (window.document$ && window.document$.subscribe) {
    window.document$.subscribe(function () { setup(document); });
  } else {
    setup(document);
  }
})();
