// QMS Stats console: drag and drop onto the upload form, and live verdicts while files are read.
(function () {
	'use strict';

	function setUpDrop() {
		var drop = document.getElementById('drop');
		var input = document.getElementById('files');
		var form = document.getElementById('upload-form');
		if (!drop || !input || !form) {
			return;
		}
		drop.addEventListener('click', function () { input.click(); });
		['dragenter', 'dragover'].forEach(function (name) {
			drop.addEventListener(name, function (event) {
				event.preventDefault();
				drop.classList.add('over');
			});
		});
		['dragleave', 'drop'].forEach(function (name) {
			drop.addEventListener(name, function () { drop.classList.remove('over'); });
		});
		drop.addEventListener('drop', function (event) {
			event.preventDefault();
			if (event.dataTransfer && event.dataTransfer.files.length > 0) {
				input.files = event.dataTransfer.files;
				form.submit();
			}
		});
	}

	// Asks every second for the state of each element still pending (its id in the attribute
	// given, its state at base + path + id + '/state') and reloads the page once every one
	// is DONE; each round's states go to onStates first.
	function follow(pending, attribute, path, onStates) {
		if (pending.length === 0) {
			return;
		}
		var base = document.querySelector('link[rel="stylesheet"]').getAttribute('href').replace(/css\/console\.css.*$/, '');
		function poll() {
			Promise.all(pending.map(function (element) {
				return fetch(base + path + element.getAttribute(attribute) + '/state', { credentials: 'same-origin' })
					.then(function (response) { return response.json(); });
			})).then(function (states) {
				onStates(states);
				if (states.every(function (state) { return state.status === 'DONE'; })) {
					window.location.reload();
				} else {
					window.setTimeout(poll, 1000);
				}
			}).catch(function () { window.setTimeout(poll, 3000); });
		}
		window.setTimeout(poll, 700);
	}

	// Pages listing uploads not yet judged follow them until every one has its verdict.
	function followUploads() {
		var pending = Array.prototype.slice.call(document.querySelectorAll('[data-upload][data-done="false"]'));
		follow(pending, 'data-upload', 'submissions/', function (states) {
			var rows = document.getElementById('rows-read');
			if (rows && states.length === 1 && states[0].rowsRead !== null) {
				rows.textContent = Number(states[0].rowsRead).toLocaleString('vi-VN');
			}
		});
	}

	// The reports page follows the reports asked for until each is rendered (or failed), so
	// that their files show without a reload by hand.
	function followReports() {
		var pending = Array.prototype.slice.call(document.querySelectorAll('[data-report][data-done="false"]'));
		follow(pending, 'data-report', 'reports/requests/', function () {});
	}

	document.addEventListener('DOMContentLoaded', function () {
		setUpDrop();
		followUploads();
		followReports();
	});
}());
