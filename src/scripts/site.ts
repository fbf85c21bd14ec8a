/**
 * Every page's client code, as one small module (one request): each custom element below comes to life
 * wherever its element is on the page, and does nothing elsewhere. What is large or rarely needed (search,
 * citing, copying links, quoting, marking searched words) loads on demand from here. See the page budgets in bench/.
 */
import './reading/colorSchemeToggle';
import './reading/openTarget';
import './reading/readerOptions';
import './reading/speechNotes';
import './reading/copyOnDemand';
import './reading/quoteOnDemand';
import './search/searchOnDemand';
import './citing/citeOnDemand';

// Only a page reached from search (?highlight=) needs the marking code.
if (new URLSearchParams(location.search).has('highlight')) void import('./search/searchHighlight');
