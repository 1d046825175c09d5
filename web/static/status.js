// Refreshes the ticket's lines from status.json without reloading the page.
(function () {
  "use strict";
  var box = document.getElementById("ticket");
  if (!box) { return; }
  var url = "/t/" + encodeURIComponent(box.dataset.token) + "/status.json?lang=" + box.dataset.lang;
  var period = Math.max(2, Number(box.dataset.refresh) || 5) * 1000;
  function set(id, text) {
    var el = document.getElementById(id);
    if (el && el.textContent !== text) { el.textContent = text; }
  }
  function apply(s) {
    box.className = "ticket state-" + s.state;
    set("code", s.code);
    set("service", s.service);
    set("headline", s.headline);
    set("wait", s.wait);
    var saved = document.getElementById("phone-saved");
    if (saved) {
      saved.hidden = !s.phone_saved;
      set("phone-saved-text", s.phone_saved);
      set("phone-to", s.phone_to);
    }
    // A form whose answer is an error stays: the resident is still typing in it.
    var form = document.getElementById("phone-form-box");
    if (form && !s.can_follow && !form.querySelector(".error")) { form.hidden = true; }
    var change = document.getElementById("phone-change-form");
    if (change && !change.querySelector(".error")) { change.hidden = !s.can_change; }
    if (s.final) { set("updates", ""); }
    return !s.final;
  }
  function poll() {
    fetch(url, { cache: "no-store" })
      .then(function (r) { return r.json(); })
      .then(function (s) {
        if (s.error) { set("wait", s.error); setTimeout(poll, period); return; }
        if (apply(s)) { setTimeout(poll, period); }
      })
      .catch(function () { setTimeout(poll, period); });
  }
  setTimeout(poll, period);
})();
