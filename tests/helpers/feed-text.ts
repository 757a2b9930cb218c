/**
 * Python, for scripts run with feedparser: `shown(detail, value)` is what a feed reader shows
 * of a title or description, as `{"tags": [...], "text": "..."}`: the elements it would
 * render (and run) and the text. Feed readers render `text/html` fields as HTML.
 */
export const SHOWN_PY = `from html.parser import HTMLParser
class Tags(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True); self.tags = []; self.text = ''
    def handle_starttag(self, tag, attrs): self.tags.append(tag)
    def handle_data(self, data): self.text += data
def shown(detail, value):
    if detail.type == 'text/plain': return {"tags": [], "text": value}
    t = Tags(); t.feed(value); t.close(); return {"tags": t.tags, "text": t.text}`;
