// The four elements as Vue global components, for templates checked with strictTemplates.
import 'fosc-widgets/vue';
