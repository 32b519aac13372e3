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

  function load() {
    if (!engine) {
      if (location.protocol === "file:") {
        engine = Promise.reject(new Error("file"));
      } else {
        engine = import(new URL("pagefind.js", bundle).href).then(function (pagefind) {
          /* In the page, not a web worker: one script fewer to fetch (41 kB) for the same search. */
          return pagefind.options({ baseUrl: siteBase, excerptLength: 24, noWorker: true })
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

  /* The filters' values come from the index the first time the reader reaches a filter. */
  var filtersFilled = false;
  function fillFilters() {
    if (filtersFilled) { return; }
    filtersFilled = true;
    load().then(function (pagefind) { return pagefind.filters(); }).then(function (all) {
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

  function say(text) { status.textContent = text; }

  function openSearch() {
    if (!dialog.open) { dialog.showModal(); }
    input.focus();
    input.select();
    load();
  }

  function closeSearch() { if (dialog.open) { dialog.close(); } }

  function plural(n) { return n === 1 ? "1 treff" : n + " treff"; }

  function search() {
    var query = input.value.trim();
    var filters = chosenFilters();
    var mine = ++generation;
    if (!query && !Object.keys(filters).length) {
      list.textContent = "";
      more.hidden = true;
      current = null;
      say("");
      return;
    }
    load().then(function (pagefind) {
      return pagefind.search(query || null, { filters: filters });
    }).then(function (found) {
      if (mine !== generation || !found) { return; }
      current = { query: query, results: found.results, shown: 0 };
      list.textContent = "";
      return showMore(mine, false).then(function () {
        if (mine !== generation) { return; }
        var n = current.results.length;
        var where = query ? " på «" + query + "»" : "";
        var limited = Object.keys(filters).length ? " med avgrensningen" : "";
        say(n === 0
          ? "Ingen treff" + where + limited + ". Prøv et kortere ord eller færre avgrensninger."
          : plural(n) + where + limited + ".");
      });
    }).catch(function () { /* load() has said why */ });
  }

  /* An exact id puts its page first, whatever the ranking says. */
  function promoteId(data, query) {
    if (!ID.test(query)) { return data; }
    var wanted = query.toUpperCase();
    var exact = data.filter(function (d) { return (d.meta.id || "").toUpperCase() === wanted; });
    return exact.concat(data.filter(function (d) { return exact.indexOf(d) < 0; }));
  }

  /* A word that is not in the index makes Pagefind search for the longest start of it that is:
     "Kandahar" becomes "kan". That can help with a compound, but a stand-in of three letters
     or fewer is another word: then the search has no hits. Known from
     the words Pagefind marks in the best results; a page matched without a mark counts as a hit. */
  function normal(word) { return word.toLowerCase().replace(/[^0-9a-zæøåäöüé]/g, ""); }
  function sharedStart(a, b) {
    var n = 0;
    while (n < a.length && n < b.length && a[n] === b[n]) { n++; }
    return n;
  }
  function onlyStandIns(data, query) {
    var terms = query.split(/\s+/).map(normal).filter(function (t) { return t.length > 3; });
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

  function showMore(mine, focusFirst) {
    var from = current.shown;
    var take = from === 0 && ID.test(current.query) ? PAGE * 3 : PAGE;
    var slice = current.results.slice(from, from + take);
    return Promise.all(slice.map(function (r) { return r.data(); })).then(function (data) {
      if (mine !== generation) { return; }
      if (from === 0 && onlyStandIns(data, current.query)) {
        current.results = [];
        data = [];
      }
      if (from === 0) { data = promoteId(data, current.query).slice(0, PAGE); }
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
