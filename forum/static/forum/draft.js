// Saves the reply being written to the server a moment after typing stops, so it survives a
// reload, a lost connection or a failed submit. Without JavaScript, "Save draft" does the same.
(function () {
  "use strict";
  var form = document.querySelector("form[data-draft-url]");
  if (!form || !window.fetch) { return; }
  var box = form.querySelector("textarea[name=body]");
  var status = form.querySelector("[data-draft-status]");
  var timer = null;
  var last = box ? box.value : "";
  if (!box) { return; }
  box.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      if (box.value === last) { return; }
      last = box.value;
      var data = new FormData();
      data.append("body", box.value);
      data.append("csrfmiddlewaretoken", form.querySelector("[name=csrfmiddlewaretoken]").value);
      fetch(form.getAttribute("data-draft-url"), {
        method: "POST", body: data, credentials: "same-origin",
        headers: { "X-Requested-With": "fetch" }
      }).then(function (response) {
        if (response.ok && status) { status.textContent = status.getAttribute("data-saved") || "✓"; }
      });
    }, 1500);
  });
})();
