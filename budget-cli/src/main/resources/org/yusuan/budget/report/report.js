// The severity filters hide the findings of a severity from the lists (the marks stay); a link into
// a folded part opens it.
(function () {
  "use strict";
  var boxes = document.querySelectorAll(".filters input[data-severity]");
  for (var i = 0; i < boxes.length; i++) {
    boxes[i].addEventListener("change", function (e) {
      document.body.classList.toggle("hide-" + e.target.getAttribute("data-severity"), !e.target.checked);
    });
  }
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id ? document.getElementById(id) : null;
    for (var node = target; node; node = node.parentElement) {
      if (node.tagName === "DETAILS") {
        node.open = true;
      }
    }
    if (target) {
      target.scrollIntoView({block: "center"});
    }
  }
  window.addEventListener("hashchange", reveal);
  reveal();
})();
