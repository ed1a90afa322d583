// iframe.html?src=<url>[&sandbox=<flags>]: points the frame at the widget's standalone page.
const q = new URLSearchParams(location.search);
const frame = document.getElementById('frame');
if (q.has('sandbox')) frame.setAttribute('sandbox', q.get('sandbox'));
frame.src = q.get('src') || 'about:blank';
