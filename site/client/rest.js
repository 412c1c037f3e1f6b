// The elements that only show content (the message, the breadcrumb, the footer): client.js defines
// them when the browser is idle. Only these, not the whole set: a module the start file imports
// too would be split into a chunk of its own.
import 'wsis-components/wsis-message.js';
import 'wsis-components/wsis-breadcrumb.js';
import 'wsis-components/wsis-footer.js';
