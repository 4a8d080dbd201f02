// Every URL the plugin generates is written here, once (site paths, before any path prefix).

/** Path of page `n` (1-based) of a listing at `base`: `/articles/`, `/articles/page/2/`. */
export const listingPath = (base: string, n = 1) => (n <= 1 ? base : `${base}page/${n}/`);
/** Path of the article index, page `n`: `/articles/`, `/articles/page/2/`. */
export const articlesPath = (n = 1) => listingPath("/articles/", n);
/** Path of the topics index: `/topics/`. */
export const topicsPath = () => "/topics/";
/** Path of one topic's listing, page `n`: `/topics/{slug}/`, `/topics/{slug}/page/2/`. */
export const topicPath = (slug: string, n = 1) => listingPath(`/topics/${slug}/`, n);
/** Path of the team index: `/people/`. */
export const peoplePath = () => "/people/";
/** Path of a person's profile page: `/people/{id}/`. */
export const personPath = (id: string) => `/people/${id}/`;
/** Path of the locations index: `/locations/`. */
export const locationsPath = () => "/locations/";
/** Path of one location's page: `/locations/{id}/`. */
export const locationPath = (id: string) => `/locations/${id}/`;
/** Path of a form's thank-you page: `/thank-you/{form}/`. */
export const thankYouPath = (form: string) => `/thank-you/${form}/`;
/** Path of the Atom feed of articles: `/feed.xml`. */
export const feedPath = () => "/feed.xml";
