(function () {
  var cards = function () { return Array.prototype.slice.call(document.querySelectorAll('details.card')); };
  document.addEventListener('click', function (event) {
    var action = event.target.getAttribute && event.target.getAttribute('data-action');
    if (action === 'expand' || action === 'collapse') {
      cards().forEach(function (card) { card.open = action === 'expand'; });
    }
  });
  document.addEventListener('change', function (event) {
    if (event.target.getAttribute('data-action') === 'failures') {
      var only = event.target.checked;
      cards().forEach(function (card) {
        card.hidden = only && (card.classList.contains('passed') || card.classList.contains('skipped'));
      });
    }
  });
  document.querySelectorAll('table.overview a').forEach(function (link) {
    link.addEventListener('click', function () {
      var card = document.querySelector(link.getAttribute('href'));
      if (card) { card.hidden = false; card.open = true; }
    });
  });
})();
