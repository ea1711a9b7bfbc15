// Progressive enhancement of upload forms: a progress bar while the file travels, then
// "checking and scanning" until the server answers. Without JavaScript the form posts normally.
(function () {
  "use strict";
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches("[data-upload-form]") || !window.FormData) { return; }
    var box = form.querySelector("[data-upload-progress]");
    var bar = box && box.querySelector("progress");
    var note = box && box.querySelector("[data-scanning-text]");
    if (!bar) { return; }
    event.preventDefault();
    var request = new XMLHttpRequest();
    request.open("POST", form.action || window.location.href);
    box.hidden = false;
    form.querySelectorAll("button[type=submit]").forEach(function (b) { b.disabled = true; });
    request.upload.addEventListener("progress", function (e) {
      if (e.lengthComputable) { bar.value = Math.round((e.loaded / e.total) * 100); }
    });
    request.upload.addEventListener("load", function () {
      bar.value = 100;
      note.textContent = note.getAttribute("data-scanning-text");
    });
    request.addEventListener("load", function () {
      if (request.responseURL && request.responseURL !== window.location.href) {
        window.location.assign(request.responseURL);
      } else {
        document.open();
        document.write(request.responseText);
        document.close();
      }
    });
    request.addEventListener("error", function () { form.submit(); });
    request.send(new FormData(form));
  });
})();
