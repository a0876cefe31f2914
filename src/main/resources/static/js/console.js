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
				if (withinLimits(form, input)) {
					form.submit();
				}
			}
		});
		form.addEventListener('submit', function (event) {
			if (!withinLimits(form, input)) {
				event.preventDefault();
			}
		});
	}

	// Files over the size limits are not sent: the server would refuse them (413) only after
	// receiving them, and a browser may show a broken connection instead of its answer.
	function withinLimits(form, input) {
		var maxFile = Number(form.getAttribute('data-max-file-bytes'));
		var maxRequest = Number(form.getAttribute('data-max-request-bytes'));
		var total = 0;
		var fileTooLarge = false;
		Array.prototype.forEach.call(input.files, function (file) {
			total += file.size;
			fileTooLarge = fileTooLarge || (maxFile > 0 && file.size > maxFile);
		});
		var ok = !fileTooLarge && !(maxRequest > 0 && total > maxRequest);
		var message = document.getElementById('too-large');
		if (message) {
			message.hidden = ok;
		}
		return ok;
	}

	// Pages listing uploads not yet judged, or reports not yet rendered, ask for their state
	// every second and reload once every one of them is done.
	function followPending() {
		var pending = Array.prototype.slice.call(document.querySelectorAll('[data-done="false"]'));
		if (pending.length === 0) {
			return;
		}
		var base = document.querySelector('link[rel="stylesheet"]').getAttribute('href').replace(/css\/console\.css.*$/, '');
		function stateUrl(element) {
			if (element.hasAttribute('data-report')) {
				return base + 'reports/requests/' + element.getAttribute('data-report') + '/state';
			}
			return base + 'submissions/' + element.getAttribute('data-upload') + '/state';
		}
		function poll() {
			Promise.all(pending.map(function (element) {
				return fetch(stateUrl(element), { credentials: 'same-origin' })
					.then(function (response) { return response.json(); });
			})).then(function (states) {
				var done = states.every(function (state) { return state.status === 'DONE'; });
				var rows = document.getElementById('rows-read');
				if (rows && states.length === 1 && states[0].rowsRead !== null && states[0].rowsRead !== undefined) {
					rows.textContent = Number(states[0].rowsRead).toLocaleString('vi-VN');
				}
				if (done) {
					window.location.reload();
				} else {
					window.setTimeout(poll, 1000);
				}
			}).catch(function () { window.setTimeout(poll, 3000); });
		}
		window.setTimeout(poll, 700);
	}

	document.addEventListener('DOMContentLoaded', function () {
		setUpDrop();
		followPending();
	});
}());
