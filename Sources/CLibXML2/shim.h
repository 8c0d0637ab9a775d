#pragma once
// libxml2: the HTML parser (tag soup, declared encodings) for Sources/HTMLSource and the XML
// parser for the parts of a DOCX (Sources/DOCXSource), both through Sources/MarkupTree.
// Debian builds libxml2 with ICU, and its encoding.h then includes ICU's <unicode/ucnv.h>, whose
// UErrorCode clashes with the copy of ICU inside Foundation (_FoundationICU) in every Swift file
// that imports both. ICU only adds two members to the end of xmlCharEncodingHandler, which Swift
// only ever holds by pointer (MarkupParser.isKnownEncoding), so the headers are read without it.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

// The parser options as plain ints: Swift imports the C enums as distinct types whose
// combination needs casts at every call.
static inline int clibxml2_html_options(void) {
  return HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
         HTML_PARSE_IGNORE_ENC;
}

// XML for DOCX parts: no network, no DTD loading, no entity substitution (an external entity
// never reads a file), errors not printed; a damaged part fails instead of recovering.
static inline int clibxml2_xml_options(void) {
  return XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA;
}

// libxml2 reports errors through a global handler that prints to stderr unless replaced; stdout
// and stderr belong to the command line, so the handler ignores them (the parse result says
// whether it worked).
__attribute__((unused)) static void clibxml2_ignore_error(void *context, const char *message, ...) {
  (void)context;
  (void)message;
}

// Also initializes the library (once; later calls return at once), which libxml2 asks of a
// program before it parses on more than one thread.
static inline void clibxml2_silence(void) {
  xmlInitParser();
  xmlSetGenericErrorFunc(NULL, clibxml2_ignore_error);
  xmlSetStructuredErrorFunc(NULL, NULL);
}
