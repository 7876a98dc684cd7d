/** A feed as the readers below see it, whatever its format. */
export interface Feed {
  /** RSS 2.0, RSS 1.0, Atom or JSON Feed. */
  readonly format: 'rss' | 'rdf' | 'atom' | 'json';
  /** The feed's own title: the publisher, usually. */
  readonly title?: string;
  readonly items: readonly FeedItem[];
}

/** One feed item, its fields as strings straight from the feed. */
export interface FeedItem {
  readonly title?: string;
  readonly link?: string;
  /** Full content, HTML (content:encoded, Atom content, content_html). */
  readonly contentHtml?: string;
  /** Full content, plain text (JSON Feed content_text). */
  readonly contentText?: string;
  /** Summary or description, HTML or text. */
  readonly summary?: string;
  /** Date as written, any format. */
  readonly date?: string;
  readonly author?: string;
  readonly lang?: string;
}
