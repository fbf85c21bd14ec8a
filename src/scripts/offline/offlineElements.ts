/** The offline reading's page elements, loaded where one of them is (site.ts): About's control, the offline page's list. */
import './offlineEdition';
import './keptPages';
