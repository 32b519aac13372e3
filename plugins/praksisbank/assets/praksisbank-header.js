/* Praksisbanken: the header's controls (theme partials header.html, praksisbank-search.html).
   - The menu: on a narrow screen the navigation is a drawer; a real button opens it, so it
     works from the keyboard, and focus goes into the drawer and back.
   - Search: a dialog over Pagefind's index. Nothing of the index, and not Pagefind's script,
     is fetched before the reader opens search; then only the chunks the typed words need. */
(function () {
  "use strict";

  /* -- the menu ------------------------------------------------------------------------------ */

  var drawer = document.getElementById("__drawer");
  var menuButton = document.querySelector(".pb-menu-button");
  var menuLabel = document.querySelector(".pb-menu-label");

  var sidebar = document.querySelector(".md-sidebar--primary");
  var benched = []; /* what the open drawer made inert, to give back when it closes */

  /* While the drawer is open, everything else is inert: no focus, no click, not read out. The
     overlay stays live (a click on it closes the drawer), and so does the drawer's toggle. */
  function bench(open) {
    benched.forEach(function (el) { el.inert = false; });
    benched = [];
    if (!open || !sidebar) { return; }
    for (var el = sidebar; el && el.parentElement && el !== document.body; el = el.parentElement) {
      Array.prototype.forEach.call(el.parentElement.children, function (other) {
        if (other === el || other.inert || other === drawer || /^(SCRIPT|STYLE|LINK)$/.test(other.tagName) ||
            other.classList.contains("md-overlay")) { return; }
        other.inert = true;
        benched.push(other);
      });
    }
  }

  function focusables() {
    return Array.prototype.filter.call(
      sidebar.querySelectorAll("a[href], button, input:not([type=checkbox]), select, [tabindex]:not([tabindex='-1'])"),
      function (el) { return el.getClientRects().length > 0 && !el.closest("[inert]"); }
    );
  }

  function setDrawer(open) {
    if (drawer.checked !== open) {
      drawer.checked = open;
      drawer.dispatchEvent(new Event("change")); /* Material follows the toggle's change */
    }
    menuButton.setAttribute("aria-expanded", open ? "true" : "false");
    bench(open);
  }

  if (drawer && menuButton && menuLabel) {
    menuButton.hidden = false;
    menuLabel.hidden = true;
    menuButton.addEventListener("click", function () {
      setDrawer(!drawer.checked);
      if (drawer.checked) {
        var first = document.querySelector(".md-sidebar--primary .md-nav__list a[href]");
        if (first) { setTimeout(function () { first.focus(); }, 50); }
      }
    });
    /* Closed by the overlay, a link or Escape: the button says so, and focus comes back. */
    drawer.addEventListener("change", function () {
      menuButton.setAttribute("aria-expanded", drawer.checked ? "true" : "false");
      if (!drawer.checked && benched.length) {
        bench(false);
        menuButton.focus();
      }
    });
    document.addEventListener("keydown", function (event) {
      if (!drawer.checked) { return; }
      if (event.key === "Escape") {
        setDrawer(false);
        menuButton.focus();
        return;
      }
      /* Tab from the last link goes to the first, Shift+Tab from the first to the last. */
      if (event.key === "Tab" && sidebar) {
        var links = focusables();
        if (!links.length) { return; }
        var at = links.indexOf(document.activeElement);
        if (event.shiftKey && at <= 0) { event.preventDefault(); links[links.length - 1].focus(); }
        else if (!event.shiftKey && (at < 0 || at === links.length - 1)) { event.preventDefault(); links[0].focus(); }
      }
    });
    /* A wide window has no drawer: nothing stays inert if the window grows while it is open. */
    window.matchMedia("(min-width: 76.25em)").addEventListener("change", function (query) {
      if (query.matches && drawer.checked) { setDrawer(false); }
    });
  }

  /* -- search -------------------------------------------------------------------------------- */

  var root = document.querySelector(".pb-search");
  if (!root || !window.HTMLDialogElement) { return; } /* no dialog: no search button */

  var PAGE = 10;
  /* Synonyms searched besides the words typed: each needs its part of the index, and a first
     search must stay small (under 300 kB at 5,000 decisions). The most used come first. */
  var SPELLINGS = 3;
  /* Pagefind's index comes in chunks (10 to 250 kB each at 5,000 decisions, over 1 MB for the
     chunk of a word every page uses many times at 20,000): the first synonym is searched when
     the chunks it adds come to FIRST_BYTES at most, a further one only while the chunks the
     further ones add come to EXTRA_BYTES at most. A synonym in a chunk the query needs anyway
     is free. */
  var FIRST_BYTES = 100000;
  var EXTRA_BYTES = 50000;
  /* The steps of a word's chunk bytes in ROUTES (CHUNK_STEP in core/publish/search.py). */
  var CHUNK_STEP = 8000;
  var ID = /^[a-zæøå]{2,}(?:-[a-zæøå0-9]+)*-\d{4}-\d+(?:-[a-z0-9]+)?$/i;
  /* The looks of core/looks.py: each status word, and the modifier of its badge. */
  var STATUS_CSS = {
    "Fjernet": "withdrawn", "Utdatert": "outdated", "Kan være utdatert": "possibly",
    "Gjennomgang forfalt": "overdue", "Demoinnhold": "demo", "Gjeldende": "current"
  };

  var bundle = new URL(root.getAttribute("data-pb-search"), document.baseURI);
  var siteBase = bundle.pathname.replace(/pagefind\/$/, "");
  var openButton = root.querySelector(".pb-search__open");
  var dialog = root.querySelector(".pb-search__dialog");
  var form = root.querySelector(".pb-search__form");
  var input = root.querySelector(".pb-search__input");
  var status = root.querySelector(".pb-search__status");
  var list = root.querySelector(".pb-search__results");
  var more = root.querySelector(".pb-search__more");
  var selects = root.querySelectorAll("select[data-filter]");

  var engine = null; /* a promise of Pagefind, made the first time search opens */
  var current = null; /* the latest search: its results and how many are shown */
  var generation = 0; /* a newer search makes an older one's answer stale */
  var timer = null;

  var parts = []; /* a large site's further parts of the index (core/publish/search.py) */
  var merged = {}; /* part number -> its mergeIndex, made when a search first needs the part */
  var routeKeys = {}; /* the first two letters that have a file of words (ROUTES) */
  var routes = {}; /* routeKey -> a promise of {word: three digits a part (ROUTES in search.py)} */
  var partBytes = []; /* the bytes of each part's page list */
  var firstBytes = 0; /* what the parts searched before the first results may cost */
  var vocabulary = []; /* groups of words that mean the same (vocabulary.yml), lower case */
  var chunkBytes = []; /* the bytes of each index chunk a searched term needs */
  var letters = {}; /* the first letters that have a file of the index's words */
  var words = null; /* a promise of the index's words, fetched when a search has no hits */

  function getJson(name) {
    return fetch(new URL(name, bundle).href).then(function (r) {
      if (!r.ok) { throw new Error(name); }
      return r.json();
    });
  }

  function load() {
    if (!engine) {
      if (location.protocol === "file:") {
        engine = Promise.reject(new Error("file"));
      } else {
        engine = Promise.all([
          import(new URL("pagefind.js", bundle).href),
          getJson("praksisbank-vocabulary.json").then(function (found) {
            vocabulary = found.groups || [];
            chunkBytes = found.chunk_bytes || [];
            parts = found.shards || [];
            partBytes = found.part_bytes || [];
            firstBytes = found.first_bytes || 0;
            (found.letters || []).forEach(function (key) { letters[key] = true; });
            (found.routes || []).forEach(function (key) { routeKeys[key] = true; });
          })
        ]).then(function (loaded) {
          var pagefind = loaded[0];
          /* In the page, not a web worker: one script fewer to fetch (41 kB) for the same search.
             In parts, each part's pages carry its number (pb_part), so a search can keep to the
             parts its words are in. */
          var options = { baseUrl: siteBase, excerptLength: 24, noWorker: true };
          if (parts.length) { options.mergeFilter = { pb_part: "0" }; }
          return pagefind.options(options)
            .then(function () { return pagefind.init(); })
            .then(function () { return pagefind; });
        });
      }
      engine.catch(function (error) {
        say(error && error.message === "file"
          ? "Søket virker bare når nettstedet åpnes fra en webserver, ikke som filer."
          : "Søket kunne ikke lastes. Last inn siden på nytt og prøv igjen.");
      });
    }
    return engine;
  }

  /* -- a large site's index in parts: a search loads the parts its words can be in ----------- */

  /* Each part the search needs (null: all) merged into the one search, once. Every part merged
     is searched from then on (its chunks fetched); the results keep to the parts needed. */
  function merge(pagefind, needed) {
    var numbers = needed || parts.map(function (_, i) { return i + 1; });
    return Promise.all(numbers.filter(function (n) { return n > 0; }).map(function (n) {
      if (!merged[n]) {
        merged[n] = pagefind.mergeIndex(new URL(parts[n - 1], bundle).pathname, {
          baseUrl: siteBase, excerptLength: 24, mergeFilter: { pb_part: String(n) }
        });
      }
      return merged[n];
    }));
  }

  /* The file of a word's parts: its first two letters (search.py's route_key). */
  function routeKey(word) {
    return word.length > 1 ? wordKey(word) + "_" + wordKey(word.charAt(1)) : wordKey(word);
  }

  /* Lower case without accents, as Pagefind reads a query (core/publish/search.py's fold). */
  function folded(word) { return word.toLowerCase().normalize("NFD").replace(/\p{M}/gu, ""); }

  /* The parts to search for `query` (ROUTES in search.py): `needed`, those that can have a
     page with every word (null for all of them: one index, no query, or no word in the files;
     a word with anything but letters, an id or «ID-tvil», can be in any part); `all`, the same
     as numbers (every part when null); and for each of those its `score` for the words (the
     sum of their digits), its `rank` (the sum of its ranks, the lower the better where the
     scores' digits are equal) and the bytes of its `chunks` for them, which firstParts orders
     and counts. */
  function partsFor(query) {
    var all = { needed: null, first: null };
    if (!parts.length || !query) { return Promise.resolve(all); }
    var words = query.split(/\s+/).map(folded).filter(function (w) {
      return /^\p{L}+$/u.test(w) && routeKeys[routeKey(w)];
    });
    return Promise.all(words.map(function (w) {
      var key = routeKey(w);
      if (!routes[key]) {
        routes[key] = getJson("praksisbank-parts/" + key + ".json").catch(function () { return {}; });
      }
      return routes[key].then(function (table) {
        if (Object.prototype.hasOwnProperty.call(table, w)) { return table[w]; }
        return startOf(w, table);
      });
    })).then(function (found) {
      var known = found.filter(function (digits) {
        return typeof digits === "string" && digits.length === 3 * (parts.length + 1);
      });
      var unknown = query.split(/\s+/).length - known.length; /* words that any part can have */
      var needed = [];
      var score = {};
      var rank = {};
      var chunks = {};
      for (var n = 0; n <= parts.length; n++) {
        var sum = 0, ranks = 0;
        var bytes = unknown * 35 * CHUNK_STEP; /* their chunks: the most a digit can say */
        var everyWord = known.every(function (digits) {
          sum += parseInt(digits.charAt(3 * n), 36);
          ranks += parseInt(digits.charAt(3 * n + 1), 36);
          bytes += parseInt(digits.charAt(3 * n + 2), 36) * CHUNK_STEP;
          return digits.charAt(3 * n) !== "0";
        });
        if (everyWord) { needed.push(n); score[n] = sum; rank[n] = ranks; chunks[n] = bytes; }
      }
      return {
        needed: known.length ? needed : null, all: needed, score: score, rank: rank, chunks: chunks
      };
    });
  }

  /* A word the files do not have is searched as the start of longer words (Pagefind finds
     «asylsøkeren» for «asyl»): for each part, the digits of the word that starts with it and
     scores best there, with the largest chunks of them all; null when none does (then the
     word rules out no part). */
  function startOf(word, table) {
    var best = null;
    Object.keys(table).sort().forEach(function (other) {
      if (other.indexOf(word) !== 0 || typeof table[other] !== "string") { return; }
      var digits = table[other];
      if (!best) { best = digits; return; }
      var joined = "";
      for (var n = 0; n < digits.length; n += 3) {
        var a = best.substr(n, 3), b = digits.substr(n, 3);
        var better = parseInt(b.charAt(0), 36) > parseInt(a.charAt(0), 36) ? b : a;
        var chunk = Math.max(parseInt(a.charAt(2), 36), parseInt(b.charAt(2), 36));
        joined += better.substr(0, 2) + chunk.toString(36);
      }
      best = joined;
    });
    return best;
  }

  /* The parts a plan (partsFor) searches in its first `steps` steps: the best scores first
     (the first part, the front page, is always searched), while their page lists (none for a
     part merged already) and the chunks of the words there stay within firstBytes a step, and
     always one part a step besides the first; null when that is every part the plan needs. */
  function firstParts(plan, steps) {
    if (!firstBytes || !partBytes.length || !plan.all) { return null; }
    var order = plan.all.slice().sort(function (a, b) {
      return plan.score[b] - plan.score[a] || plan.rank[a] - plan.rank[b] || a - b;
    });
    var first = [];
    var spent = 0;
    order.forEach(function (n) {
      var cost = n === 0 ? 0 : (merged[n] ? 0 : partBytes[n] || 0) + plan.chunks[n];
      var taken = first.filter(function (m) { return m > 0; }).length;
      if (n === 0 || taken < steps || spent + cost <= firstBytes * steps) {
        first.push(n);
        spent += cost;
      }
    });
    return first.length < order.length ? first.sort(function (a, b) { return a - b; }) : null;
  }

  /* One spelling searched in the parts it needs, or with `steps` in those its first steps
     search (firstParts); the answer's `partial` says that parts it needs were left for later. */
  function searchOne(pagefind, q, filters, steps) {
    return partsFor(q).then(function (plan) {
      var first = steps ? firstParts(plan, steps) : null;
      var needed = first || plan.needed;
      if (needed && !needed.length) { return null; } /* no part has all its words */
      var limited = filters;
      if (needed) {
        limited = {};
        Object.keys(filters).forEach(function (k) { limited[k] = filters[k]; });
        limited.pb_part = { any: needed.map(String) };
      }
      return merge(pagefind, needed).then(function () {
        return pagefind.search(q || null, { filters: limited });
      }).then(function (found) {
        if (found) { found.partial = !!first; }
        return found;
      });
    });
  }

  /* The filters' values come from the index the first time the reader reaches a filter. */
  var filtersFilled = false;
  function fillFilters() {
    if (filtersFilled) { return; }
    filtersFilled = true;
    load().then(function (pagefind) {
      return merge(pagefind, null).then(function () { return pagefind.filters(); });
    }).then(function (all) {
      selects.forEach(function (select) {
        var key = select.getAttribute("data-filter");
        var values = Object.keys(all[key] || {}).sort(function (a, b) { return a.localeCompare(b, "nb"); });
        select.options.length = 1;
        values.forEach(function (value) {
          select.add(new Option(value + " (" + all[key][value] + ")", value));
        });
      });
    }).catch(function () { filtersFilled = false; });
  }

  function chosenFilters() {
    var chosen = {};
    selects.forEach(function (select) {
      if (select.value) { chosen[select.getAttribute("data-filter")] = select.value; }
    });
    return chosen;
  }

  /* `aside`: read out with the status, not shown in it (the suggestion's button shows it). */
  function say(text, aside) {
    status.textContent = text;
    if (aside) {
      var heard = document.createElement("span");
      heard.className = "pb-visually-hidden";
      heard.textContent = " " + aside;
      status.appendChild(heard);
    }
  }

  function openSearch() {
    if (!dialog.open) { dialog.showModal(); }
    input.focus();
    input.select();
    load();
  }

  function closeSearch() { if (dialog.open) { dialog.close(); } }

  function plural(n) { return n === 1 ? "1 treff" : n + " treff"; }

  /* -- ids: any case, with or without leading zeros ------------------------------------------ */

  /* "vb-afg-2024-17" and "VB-AFG-2024-017" are the same id. */
  function sameId(id) {
    return id.toUpperCase().split("-").map(function (part) {
      return /^\d+$/.test(part) ? String(parseInt(part, 10)) : part;
    }).join("-");
  }

  /* The spellings to search for an id: as typed, and its last number with three digits (how
     the department writes ids), so the id's own word in the index is found. */
  function idSpellings(query) {
    var parts = query.toUpperCase().split("-");
    var last = parts[parts.length - 1];
    var spellings = [query.toUpperCase()];
    if (/^\d+$/.test(last)) {
      var n = String(parseInt(last, 10));
      [n, ("000" + n).slice(-Math.max(3, n.length))].forEach(function (form) {
        var spelt = parts.slice(0, -1).concat([form]).join("-");
        if (spellings.indexOf(spelt) < 0) { spellings.push(spelt); }
      });
    }
    return spellings;
  }

  /* -- the department's words: a query is searched as written and with each word's synonyms --- */

  function fold(text) { return " " + text.toLowerCase().replace(/[^0-9a-zæøåäöüé]+/g, " ").trim() + " "; }

  /* The query as written, then once per synonym of a term it contains that the index has
     (at most SPELLINGS, within FIRST_BYTES and EXTRA_BYTES). A term of the vocabulary that the index does not
     have («IFA» where the pages say «internflukt») is not searched as written: Pagefind would
     take it for the start of other words. */
  var alsoSearched = []; /* the synonyms the latest spellings() used, for the status line */
  function spellings(query, whatever) { /* whatever: the first synonym whatever its chunks cost */
    alsoSearched = [];
    if (ID.test(query)) { return idSpellings(query); }
    var folded = fold(query);
    var found = [];
    var keep = true;
    var needed = {}; /* the index chunks the search fetches so far */
    var extra = 0; /* their bytes beyond the words typed and the first synonym */
    function chunksOf(group, term) {
      var at = group.search.indexOf(term);
      return at >= 0 && group.chunks ? group.chunks[at] || [] : [];
    }
    var typed = [];
    vocabulary.forEach(function (group) {
      group.terms.forEach(function (term) {
        var needle = fold(term);
        if (needle.trim() === "" || folded.indexOf(needle) < 0) { return; }
        typed.push([group, term, needle]);
        chunksOf(group, term).forEach(function (c) { needed[c] = true; });
      });
    });
    typed.forEach(function (hit) {
      var group = hit[0], term = hit[1], needle = hit[2];
      /* A term the index lacks is searched only as its synonyms: the first is taken whatever its
         chunks cost, or the query could find nothing (on a large site in parts, the chunks of
         every part add up). */
      var must = group.search.indexOf(term) < 0 && group.search.length > 0;
      if (must) { keep = false; }
      group.search.forEach(function (other) {
        if (other === term || found.length >= SPELLINGS) { return; }
        var spelt = folded.replace(needle, fold(other)).trim();
        if (found.indexOf(spelt) >= 0) { return; }
        var adds = chunksOf(group, other).filter(function (c) { return !needed[c]; });
        var cost = adds.reduce(function (sum, c) { return sum + (chunkBytes[c] || 0); }, 0);
        if (!must && (found.length ? extra + cost > EXTRA_BYTES : !whatever && cost > FIRST_BYTES)) { return; }
        if (found.length && !must) { extra += cost; }
        must = false;
        adds.forEach(function (c) { needed[c] = true; });
        found.push(spelt);
        if (alsoSearched.indexOf(other) < 0) { alsoSearched.push(other); }
      });
    });
    return keep || !found.length ? [query].concat(found) : found;
  }

  /* Every spelling searched; a page found by several keeps its best score. With `steps`, in
     the parts its first steps search: the list's `partial` says that parts were left for later. */
  function searchAll(pagefind, queries, filters, steps) {
    return Promise.all(queries.map(function (q) {
      return searchOne(pagefind, q, filters, steps);
    })).then(function (all) {
      var best = {};
      var partial = false;
      all.forEach(function (found, i) {
        if (!found) { return; }
        partial = partial || found.partial;
        found.results.forEach(function (r) {
          var score = i === 0 ? r.score : r.score * 0.95; /* the words as typed go first */
          if (!best[r.id] || best[r.id].score < score) { best[r.id] = { result: r, score: score }; }
        });
      });
      var results = Object.keys(best).map(function (id) { return best[id]; })
        .sort(function (a, b) { return b.score - a.score || (a.result.id < b.result.id ? -1 : 1); })
        .map(function (x) { return x.result; });
      results.partial = partial;
      return results;
    });
  }

  /* A search of a large site in steps: the parts that score best first, a step more while they
     find nothing (up to STEPS), and the first results shown at once with the list marked busy;
     then every part the words can be in, whose results replace them. An id is searched in one
     go: its part is not in the route files. */
  var STEPS = 3;
  function searchInSteps(pagefind, queries, filters, mine, query, steps) {
    steps = steps || 1;
    if (ID.test(query) || steps > STEPS) { return searchAll(pagefind, queries, filters, false); }
    return searchAll(pagefind, queries, filters, steps).then(function (early) {
      if (!early.partial || mine !== generation) { return early; } /* a newer search goes on */
      if (!early.length) { return searchInSteps(pagefind, queries, filters, mine, query, steps + 1); }
      current = { query: query, terms: queries, results: early, shown: 0 };
      list.textContent = "";
      list.setAttribute("aria-busy", "true");
      return showMore(mine, false).then(function () {
        if (mine !== generation) { return []; }
        say("De første treffene på «" + query + "». Søker videre i resten av indeksen …");
        return searchAll(pagefind, queries, filters, false);
      });
    });
  }

  /* -- «Mente du …?»: words of the index one or two edits away --------------------------------- */

  function distance(a, b, most) {
    if (Math.abs(a.length - b.length) > most) { return most + 1; }
    var prev2 = null;
    var prev = [];
    for (var j = 0; j <= b.length; j++) { prev.push(j); }
    for (var i = 1; i <= a.length; i++) {
      var row = [i];
      var low = i;
      for (var k = 1; k <= b.length; k++) {
        var cost = a[i - 1] === b[k - 1] ? 0 : 1;
        var d = Math.min(prev[k] + 1, row[k - 1] + 1, prev[k - 1] + cost);
        if (prev2 && i > 1 && k > 1 && a[i - 1] === b[k - 2] && a[i - 2] === b[k - 1]) {
          d = Math.min(d, prev2[k - 2] + 1); /* two letters swapped: one edit */
        }
        row.push(d);
        if (d < low) { low = d; }
      }
      if (low > most) { return most + 1; }
      prev2 = prev;
      prev = row;
    }
    return prev[b.length];
  }

  function closest(word, known) {
    var most = word.length > 6 ? 2 : 1;
    var best = null;
    var bestDistance = most + 1;
    for (var i = 0; i < known.length; i++) {
      var d = distance(word, known[i], Math.min(most, bestDistance));
      if (d < bestDistance) { best = known[i]; bestDistance = d; }
    }
    return best;
  }

  /* The index's words, one file per first letter, fetched for the letters a query needs. */
  var shards = {};
  function wordKey(word) {
    var first = word.charAt(0);
    return first >= "a" && first <= "z" ? first : first.charCodeAt(0).toString(16);
  }
  function wordsOf(word) {
    var key = wordKey(word);
    if (!letters[key]) { return Promise.resolve([]); }
    if (!shards[key]) {
      shards[key] = getJson("praksisbank-words/" + key + ".json").catch(function () { return []; });
    }
    return shards[key];
  }

  /* Whether the index has the word or a form of it, as the stemmer finds it: a word that starts
     with it, or, for a longer word, with all of it but its last two letters. */
  function inIndex(word, known) {
    var start = word.length > 5 ? word.slice(0, -2) : word;
    return known.some(function (w) { return w.indexOf(start) === 0; });
  }

  /* The query with each word the index does not have replaced by the nearest one it has (same
     first letter); null when nothing changes. A word marked in the results shown (`seen`) is
     in the index: its file of words is not fetched. */
  function suggestion(query, seen) {
    var typed = query.trim().split(/\s+/);
    return Promise.all(typed.map(function (word) {
      var w = normal(word);
      if (w.length < 4 || w !== word.toLowerCase() || /\d/.test(w)) { return word; }
      if (seen && inIndex(w, seen)) { return word; }
      return wordsOf(w).then(function (known) {
        if (inIndex(w, known)) { return word; }
        return closest(w, known) || word;
      });
    })).then(function (fixed) {
      return fixed.join(" ") !== typed.join(" ") ? fixed.join(" ") : null;
    });
  }

  var suggest = root.querySelector(".pb-search__suggest");
  var suggestButton = root.querySelector(".pb-search__suggestion");

  function offer(text) {
    suggest.hidden = !text;
    suggestButton.textContent = text || "";
  }

  function search() {
    var query = input.value.trim();
    var filters = chosenFilters();
    var mine = ++generation;
    offer(null);
    if (!query && !Object.keys(filters).length) {
      list.textContent = "";
      list.removeAttribute("aria-busy");
      more.hidden = true;
      current = null;
      say("");
      return;
    }
    var pagefind = null;
    var searched = [null];
    var others = [];
    load().then(function (loaded) {
      pagefind = loaded;
      searched = query ? spellings(query) : [null]; /* the vocabulary is there now */
      others = alsoSearched.slice();
      return searchInSteps(pagefind, searched, filters, mine, query);
    }).then(function (results) {
      /* Nothing found: the first synonym left out for the bytes its chunks cost is searched too
         («IFA konvertitt» where «ifa» is only in the contributor guide). */
      if (results.length || !query || ID.test(query) || mine !== generation) { return results; }
      var wider = spellings(query, true);
      var added = wider.filter(function (q) { return searched.indexOf(q) < 0; });
      if (!added.length) { return results; }
      searched = wider;
      others = alsoSearched.slice();
      /* what was searched found nothing */
      return searchInSteps(pagefind, added, filters, mine, query);
    }).then(function (results) {
      if (mine !== generation) { return; }
      current = { query: query, terms: query ? searched : [], results: results, shown: 0 };
      var also = others.length
        ? " Søkte også etter " + others.map(function (t) { return "«" + t + "»"; }).join(", ") + "."
        : "";
      var focused = list.contains(document.activeElement) ? document.activeElement.href : null;
      list.textContent = "";
      return showMore(mine, false).then(function () {
        if (mine !== generation) { return; }
        list.removeAttribute("aria-busy");
        if (focused) { /* the first results replaced: the reader stays on the same page's link */
          var same = Array.prototype.filter.call(list.querySelectorAll("a"), function (a) {
            return a.href === focused;
          });
          (same[0] || input).focus();
        }
        var n = current.results.length;
        var where = query ? " på «" + query + "»" : "";
        var limited = Object.keys(filters).length ? " med avgrensningen" : "";
        if (n > 0) {
          say(plural(n) + where + limited + "." + also);
          /* Pagefind finds something for a misspelt word too (the start of it): offer the word
             of the index that is closest, when that finds something. */
          if (!query || ID.test(query)) { return; }
          return suggestion(query, current.marked).then(function (better) {
            if (!better || mine !== generation) { return; }
            return searchAll(pagefind, spellings(better), filters).then(function (found) {
              if (mine !== generation || !found.length) { return; }
              say(plural(n) + where + limited + "." + also, "Mente du «" + better + "»?");
              offer(better);
            });
          });
        }
        var none = "Ingen treff" + where + limited + ".";
        var advice = none + " Prøv et kortere ord eller færre avgrensninger.";
        if (!query) { say(advice); return; }
        /* No hits: a word of the index close to each unknown word, if that finds something;
           else, for three words or more, the pages with all words but one. */
        return suggestion(query).then(function (better) {
          if (mine !== generation) { return; }
          var tried = better ? searchAll(pagefind, spellings(better), filters) : Promise.resolve([]);
          return tried.then(function (found) {
            if (mine !== generation) { return; }
            if (found.length) {
              say(none, "Mente du «" + better + "»?");
              offer(better);
              return;
            }
            return relax(mine, pagefind, query, filters).then(function (shown) {
              if (mine !== generation) { return; }
              say(shown
                ? "Ingen treff med alle ordene i «" + query + "»" + limited + ". " + plural(shown) +
                  " med alle ordene unntatt ett."
                : advice);
            });
          });
        });
      });
    }).catch(function () { /* load() has said why */ });
  }

  /* The pages that have every word of the query but one (three words or more); how many. */
  function relax(mine, pagefind, query, filters) {
    var words = query.split(/\s+/);
    if (words.length < 3) { return Promise.resolve(0); }
    var queries = [];
    words.forEach(function (_, i) {
      spellings(words.filter(function (_, j) { return j !== i; }).join(" ")).forEach(function (q) {
        if (queries.indexOf(q) < 0) { queries.push(q); }
      });
    });
    return searchAll(pagefind, queries, filters).then(function (results) {
      if (mine !== generation || !results.length) { return 0; }
      current = { query: query, terms: queries, results: results, shown: 0 };
      list.textContent = "";
      return showMore(mine, false).then(function () { return current.results.length; });
    });
  }

  /* An exact id puts its page first, whatever the ranking says. */
  function promoteId(data, query) {
    if (!ID.test(query)) { return data; }
    var wanted = sameId(query);
    var exact = data.filter(function (d) { return sameId(d.meta.id || "") === wanted; });
    return exact.concat(data.filter(function (d) { return exact.indexOf(d) < 0; }));
  }

  /* A word that is not in the index makes Pagefind search for the longest start of it that is:
     "Kandahar" becomes "kan". That can help with a compound, but a stand-in of three letters
     or fewer is another word: then the search has no hits. Known from
     the words Pagefind marks in the best results; a page matched without a mark counts as a hit.
     Every spelling searched counts (a synonym's word is marked, not the one typed). */
  function normal(word) { return word.toLowerCase().replace(/[^0-9a-zæøåäöüé]/g, ""); }
  function sharedStart(a, b) {
    var n = 0;
    while (n < a.length && n < b.length && a[n] === b[n]) { n++; }
    return n;
  }
  function onlyStandIns(data, queries) {
    var terms = queries.join(" ").split(/\s+/).map(normal).filter(function (t) { return t.length > 3; });
    if (!terms.length || !data.length) { return false; }
    return data.every(function (d) {
      var marked = (d.excerpt || "").match(/<mark>[^<]*<\/mark>/g);
      if (!marked) { return false; }
      return marked.every(function (m) {
        var word = normal(m.replace(/<\/?mark>/g, ""));
        return terms.every(function (t) {
          var shared = sharedStart(word, t);
          return shared < 4 && shared < t.length;
        });
      });
    });
  }

  /* The words Pagefind marked in the results' excerpts, lower case. */
  function marks(data) {
    var found = [];
    data.forEach(function (d) {
      ((d.excerpt || "").match(/<mark>[^<]*<\/mark>/g) || []).forEach(function (m) {
        var word = normal(m.replace(/<\/?mark>/g, ""));
        if (word && found.indexOf(word) < 0) { found.push(word); }
      });
    });
    return found;
  }

  function showMore(mine, focusFirst) {
    var from = current.shown;
    var take = from === 0 && ID.test(current.query) ? PAGE * 3 : PAGE;
    var slice = current.results.slice(from, from + take);
    return Promise.all(slice.map(function (r) { return r.data(); })).then(function (data) {
      if (mine !== generation) { return; }
      if (from === 0 && onlyStandIns(data, current.terms)) {
        current.results = [];
        data = [];
      }
      if (from === 0) {
        data = promoteId(data, current.query).slice(0, PAGE);
        current.marked = marks(data);
      }
      current.shown = from + data.length;
      var firstLink = null;
      data.forEach(function (d) {
        var link = render(d);
        if (!firstLink) { firstLink = link; }
      });
      more.hidden = current.shown >= current.results.length;
      if (focusFirst && firstLink) { firstLink.focus(); }
    });
  }

  function render(d) {
    var item = document.createElement("li");
    item.className = "pb-search__result";
    var link = document.createElement("a");
    link.className = "pb-search__link";
    link.href = d.url;
    link.textContent = d.meta.title || d.url;
    item.appendChild(link);
    var state = d.meta.status;
    if (state) {
      var badge = document.createElement("span");
      badge.className = "pb-badge pb-badge--" + (STATUS_CSS[state] || "change");
      badge.textContent = state;
      item.appendChild(document.createTextNode(" "));
      item.appendChild(badge);
    }
    var facts = [d.meta.type, d.meta.country, d.meta.outcome, d.meta.date, d.meta.id]
      .filter(function (x) { return x; });
    if (facts.length) {
      var line = document.createElement("p");
      line.className = "pb-search__facts";
      line.textContent = facts.join(" · ");
      item.appendChild(line);
    }
    if (d.excerpt) {
      var excerpt = document.createElement("p");
      excerpt.className = "pb-search__excerpt";
      excerpt.innerHTML = d.excerpt; /* Pagefind's excerpt: the page's text, escaped, with <mark> */
      item.appendChild(excerpt);
    }
    list.appendChild(item);
    return link;
  }

  root.hidden = false;
  openButton.addEventListener("click", openSearch);
  root.querySelector(".pb-search__close").addEventListener("click", closeSearch);
  dialog.addEventListener("close", function () { openButton.focus(); });
  /* A click on the backdrop (outside the dialog's box) closes it, as Escape does. */
  dialog.addEventListener("click", function (event) {
    if (event.target === dialog) {
      var box = dialog.getBoundingClientRect();
      var inside = event.clientX >= box.left && event.clientX <= box.right &&
        event.clientY >= box.top && event.clientY <= box.bottom;
      if (!inside) { closeSearch(); }
    }
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);
    search();
    var first = list.querySelector("a");
    if (first && current && current.shown) { first.focus(); }
  });
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(search, 200);
  });
  input.addEventListener("keydown", function (event) {
    /* Escape closes search at once (a search field would first empty itself); the words stay
       for the next time it opens. */
    if (event.key === "Escape") {
      event.preventDefault();
      closeSearch();
    }
    if (event.key === "ArrowDown") {
      var first = list.querySelector("a");
      if (first) { event.preventDefault(); first.focus(); }
    }
  });
  /* Up and down move between results; up from the first goes back to the words. */
  list.addEventListener("keydown", function (event) {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") { return; }
    var links = Array.prototype.slice.call(list.querySelectorAll("a"));
    var at = links.indexOf(document.activeElement);
    if (at < 0) { return; }
    event.preventDefault();
    var next = event.key === "ArrowDown" ? links[at + 1] : links[at - 1];
    (next || (event.key === "ArrowUp" ? input : links[at])).focus();
  });
  selects.forEach(function (select) {
    select.addEventListener("focus", fillFilters);
    select.addEventListener("pointerdown", fillFilters);
    select.addEventListener("change", search);
  });
  suggestButton.addEventListener("click", function () {
    input.value = suggestButton.textContent;
    input.focus();
    search();
  });
  more.addEventListener("click", function () {
    if (current) { showMore(generation, true); }
  });
  /* "/" opens search from anywhere but a text field, as on many sites. */
  document.addEventListener("keydown", function (event) {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || dialog.open) { return; }
    var target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) { return; }
    event.preventDefault();
    openSearch();
  });
})();
