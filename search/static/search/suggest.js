// Search-as-you-type: fills the suggestion list under a search box that has data-suggest.
// Progressive enhancement only: without this file the box is an ordinary form field.
(function () {
  "use strict";
  var box = document.querySelector("input[data-suggest]");
  if (!box) { return; }
  var list = document.getElementById(box.getAttribute("aria-controls"));
  var timer = null;
  var latest = 0;

  function clear() {
    while (list.firstChild) { list.removeChild(list.firstChild); }
    list.hidden = true;
  }

  function show(suggestions) {
    clear();
    suggestions.forEach(function (item) {
      var li = document.createElement("li");
      li.setAttribute("role", "option");
      var link = document.createElement("a");
      link.textContent = item.label;
      if (item.url) {
        link.href = item.url;
      } else {
        var params = new URLSearchParams();
        params.set(item.kind, item.value);
        link.href = box.form.getAttribute("action") + "?" + params.toString();
      }
      li.className = "suggestion suggestion-" + item.kind;
      li.appendChild(link);
      list.appendChild(li);
    });
    list.hidden = suggestions.length === 0;
  }

  function fetchSuggestions() {
    var text = box.value.trim();
    if (text.length < 2) { clear(); return; }
    var ticket = ++latest;
    var url = box.getAttribute("data-suggest") + "?q=" + encodeURIComponent(text);
    fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
      .then(function (data) { if (ticket === latest) { show(data.suggestions || []); } })
      .catch(clear);
  }

  box.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(fetchSuggestions, 200);
  });
  box.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { clear(); }
    if (event.key === "ArrowDown" && !list.hidden) {
      var first = list.querySelector("a");
      if (first) { event.preventDefault(); first.focus(); }
    }
  });
  document.addEventListener("click", function (event) {
    if (!list.contains(event.target) && event.target !== box) { clear(); }
  });
})();
