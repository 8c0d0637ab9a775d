/// The JSON Schema (draft 2020-12) of `ExtractionOutput`, as printed by `govreport schema`.
///
/// Kept in source (not a bundle resource) so a copied binary still prints it; a test asserts it is
/// identical to the committed `schema/govreport-output.schema.json`.
public enum OutputSchema {
  /// The schema document, pretty-printed with sorted keys.
  public static let text = #"""
    {
      "$id": "https://govreport.example/schema/govreport-output-v1.json",
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "additionalProperties": false,
      "description": "One annual information-disclosure report (政府信息公开工作年度报告) in canonical keys; see shared/spec/report-format.md section 7.",
      "properties": {
        "applications": {
          "additionalProperties": false,
          "properties": {
            "row_order": {
              "items": {
                "enum": [
                  "new",
                  "carried_over",
                  "granted",
                  "partially_granted",
                  "denied.state_secret",
                  "denied.prohibited_by_law",
                  "denied.security_stability",
                  "denied.third_party_rights",
                  "denied.internal_affairs",
                  "denied.process_info",
                  "denied.enforcement_files",
                  "denied.admin_query",
                  "unable.not_held",
                  "unable.needs_creation",
                  "unable.unclear",
                  "not_processed.petition",
                  "not_processed.duplicate",
                  "not_processed.publication",
                  "not_processed.excessive",
                  "not_processed.reconfirm",
                  "other.no_correction",
                  "other.fee_unpaid",
                  "other.other",
                  "other.unsplit",
                  "total",
                  "carried_forward"
                ]
              },
              "type": "array",
              "uniqueItems": true
            },
            "rows": {
              "additionalProperties": {
                "additionalProperties": false,
                "properties": {
                  "commercial": {
                    "type": [
                      "number",
                      "null"
                    ]
                  },
                  "legal_services": {
                    "type": [
                      "number",
                      "null"
                    ]
                  },
                  "natural_person": {
                    "type": [
                      "number",
                      "null"
                    ]
                  },
                  "nonprofit": {
                    "type": [
                      "number",
                      "null"
                    ]
                  },
                  "other": {
                    "type": [
                      "number",
                      "null"
                    ]
                  },
                  "research": {
                    "type": [
                      "number",
                      "null"
                    ]
                  },
                  "total": {
                    "type": [
                      "number",
                      "null"
                    ]
                  }
                },
                "required": [
                  "commercial",
                  "legal_services",
                  "natural_person",
                  "nonprofit",
                  "other",
                  "research",
                  "total"
                ],
                "type": "object"
              },
              "propertyNames": {
                "enum": [
                  "new",
                  "carried_over",
                  "granted",
                  "partially_granted",
                  "denied.state_secret",
                  "denied.prohibited_by_law",
                  "denied.security_stability",
                  "denied.third_party_rights",
                  "denied.internal_affairs",
                  "denied.process_info",
                  "denied.enforcement_files",
                  "denied.admin_query",
                  "unable.not_held",
                  "unable.needs_creation",
                  "unable.unclear",
                  "not_processed.petition",
                  "not_processed.duplicate",
                  "not_processed.publication",
                  "not_processed.excessive",
                  "not_processed.reconfirm",
                  "other.no_correction",
                  "other.fee_unpaid",
                  "other.other",
                  "other.unsplit",
                  "total",
                  "carried_forward"
                ]
              },
              "type": "object"
            }
          },
          "required": [
            "row_order",
            "rows"
          ],
          "type": "object"
        },
        "cells": {
          "additionalProperties": {
            "additionalProperties": false,
            "description": "Where the value was read: page and bbox for a PDF; for HTML and DOCX (source.kind), which have no pages, the table's number in the document and the cell's row and column in that table's grid, all counted from 1.",
            "oneOf": [
              {
                "required": [
                  "bbox",
                  "page"
                ]
              },
              {
                "required": [
                  "column",
                  "row",
                  "table"
                ]
              }
            ],
            "properties": {
              "bbox": {
                "items": {
                  "type": "number"
                },
                "maxItems": 4,
                "minItems": 4,
                "type": "array"
              },
              "column": {
                "minimum": 1,
                "type": "integer"
              },
              "confidence": {
                "maximum": 1,
                "minimum": 0,
                "type": "number"
              },
              "origin": {
                "enum": [
                  "text",
                  "ocr",
                  "repaired",
                  "manual"
                ]
              },
              "page": {
                "minimum": 1,
                "type": "integer"
              },
              "row": {
                "minimum": 1,
                "type": "integer"
              },
              "table": {
                "minimum": 1,
                "type": "integer"
              },
              "text": {
                "type": "string"
              }
            },
            "required": [
              "confidence",
              "origin",
              "text"
            ],
            "type": "object"
          },
          "type": "object"
        },
        "checks": {
          "items": {
            "additionalProperties": false,
            "properties": {
              "expected": {
                "type": "number"
              },
              "found": {
                "type": "number"
              },
              "ok": {
                "type": "boolean"
              },
              "rule": {
                "enum": [
                  "applications.balance",
                  "applications.row_sum",
                  "applications.results_sum",
                  "review_litigation.group_sum"
                ]
              },
              "scope": {
                "type": "string"
              }
            },
            "required": [
              "expected",
              "found",
              "ok",
              "rule",
              "scope"
            ],
            "type": "object"
          },
          "type": "array"
        },
        "notes": {
          "items": {
            "type": "string"
          },
          "type": "array"
        },
        "proactive": {
          "oneOf": [
            {
              "additionalProperties": false,
              "properties": {
                "coercion": {
                  "type": [
                    "number",
                    "null"
                  ]
                },
                "fees_10k_yuan": {
                  "type": [
                    "number",
                    "null"
                  ]
                },
                "licensing": {
                  "type": [
                    "number",
                    "null"
                  ]
                },
                "normative_documents": {
                  "additionalProperties": false,
                  "properties": {
                    "in_force": {
                      "type": [
                        "number",
                        "null"
                      ]
                    },
                    "issued": {
                      "type": [
                        "number",
                        "null"
                      ]
                    },
                    "repealed": {
                      "type": [
                        "number",
                        "null"
                      ]
                    }
                  },
                  "required": [
                    "in_force",
                    "issued",
                    "repealed"
                  ],
                  "type": "object"
                },
                "penalty": {
                  "type": [
                    "number",
                    "null"
                  ]
                },
                "rules": {
                  "additionalProperties": false,
                  "properties": {
                    "in_force": {
                      "type": [
                        "number",
                        "null"
                      ]
                    },
                    "issued": {
                      "type": [
                        "number",
                        "null"
                      ]
                    },
                    "repealed": {
                      "type": [
                        "number",
                        "null"
                      ]
                    }
                  },
                  "required": [
                    "in_force",
                    "issued",
                    "repealed"
                  ],
                  "type": "object"
                }
              },
              "required": [
                "coercion",
                "fees_10k_yuan",
                "licensing",
                "normative_documents",
                "penalty",
                "rules"
              ],
              "type": "object"
            },
            {
              "additionalProperties": false,
              "properties": {
                "coercion": {
                  "additionalProperties": false,
                  "properties": {
                    "change": {
                      "type": [
                        "number",
                        "null"
                      ]
                    },
                    "decisions": {
                      "type": [
                        "number",
                        "null"
                      ]
                    },
                    "prev_year_items": {
                      "type": [
                        "number",
                        "null"
                      ]
                    }
                  },
                  "required": [
                    "change",
                    "decisions",
                    "prev_year_items"
                  ],
                  "type": "object"
                },
                "fees": {
                  "additionalProperties": false,
                  "properties": {
                    "change": {
                      "type": [
                        "number",
                        "null"
                      ]
                    },
                    "prev_year_items": {
                      "type": [
                        "number",
                        "null"
                      ]
                    }
                  },
                  "required": [
                    "change",
                    "prev_year_items"
                  ],
                  "type": "object"
                },
                "licensing": {
                  "additionalProperties": false,
                  "properties": {
                    "change": {
                      "type": [
                        "number",
                        "null"
                      ]
                    },
                    "decisions": {
                      "type": [
                        "number",
                        "null"
                      ]
                    },
                    "prev_year_items": {
                      "type": [
                        "number",
                        "null"
                      ]
                    }
                  },
                  "required": [
                    "change",
                    "decisions",
                    "prev_year_items"
                  ],
                  "type": "object"
                },
                "normative_documents": {
                  "additionalProperties": false,
                  "properties": {
                    "new_made": {
                      "type": [
                        "number",
                        "null"
                      ]
                    },
                    "new_published": {
                      "type": [
                        "number",
                        "null"
                      ]
                    },
                    "total_published": {
                      "type": [
                        "number",
                        "null"
                      ]
                    }
                  },
                  "required": [
                    "new_made",
                    "new_published",
                    "total_published"
                  ],
                  "type": "object"
                },
                "other_admin_services": {
                  "additionalProperties": false,
                  "properties": {
                    "change": {
                      "type": [
                        "number",
                        "null"
                      ]
                    },
                    "decisions": {
                      "type": [
                        "number",
                        "null"
                      ]
                    },
                    "prev_year_items": {
                      "type": [
                        "number",
                        "null"
                      ]
                    }
                  },
                  "required": [
                    "change",
                    "decisions",
                    "prev_year_items"
                  ],
                  "type": "object"
                },
                "penalty": {
                  "additionalProperties": false,
                  "properties": {
                    "change": {
                      "type": [
                        "number",
                        "null"
                      ]
                    },
                    "decisions": {
                      "type": [
                        "number",
                        "null"
                      ]
                    },
                    "prev_year_items": {
                      "type": [
                        "number",
                        "null"
                      ]
                    }
                  },
                  "required": [
                    "change",
                    "decisions",
                    "prev_year_items"
                  ],
                  "type": "object"
                },
                "procurement": {
                  "additionalProperties": false,
                  "properties": {
                    "items": {
                      "type": [
                        "number",
                        "null"
                      ]
                    },
                    "total_amount": {
                      "type": [
                        "number",
                        "null"
                      ]
                    },
                    "total_amount_unit": {
                      "type": [
                        "string",
                        "null"
                      ]
                    }
                  },
                  "required": [
                    "items",
                    "total_amount",
                    "total_amount_unit"
                  ],
                  "type": "object"
                },
                "rules": {
                  "additionalProperties": false,
                  "properties": {
                    "new_made": {
                      "type": [
                        "number",
                        "null"
                      ]
                    },
                    "new_published": {
                      "type": [
                        "number",
                        "null"
                      ]
                    },
                    "total_published": {
                      "type": [
                        "number",
                        "null"
                      ]
                    }
                  },
                  "required": [
                    "new_made",
                    "new_published",
                    "total_published"
                  ],
                  "type": "object"
                }
              },
              "required": [
                "coercion",
                "fees",
                "licensing",
                "normative_documents",
                "other_admin_services",
                "penalty",
                "procurement",
                "rules"
              ],
              "type": "object"
            }
          ]
        },
        "report": {
          "additionalProperties": false,
          "properties": {
            "agency": {
              "type": [
                "string",
                "null"
              ]
            },
            "format": {
              "enum": [
                "2021",
                "2019"
              ]
            },
            "title": {
              "type": [
                "string",
                "null"
              ]
            },
            "year": {
              "type": [
                "integer",
                "null"
              ]
            }
          },
          "required": [
            "agency",
            "format",
            "title",
            "year"
          ],
          "type": "object"
        },
        "review": {
          "items": {
            "additionalProperties": false,
            "properties": {
              "cell": {
                "type": "string"
              },
              "code": {
                "enum": [
                  "check-failed",
                  "check-incomplete",
                  "not-found",
                  "row-unmapped",
                  "row-by-position",
                  "ambiguous",
                  "unreadable",
                  "doubtful-reading",
                  "low-confidence",
                  "ocr-unchecked",
                  "repaired",
                  "unruled-unchecked",
                  "format-uncertain",
                  "other"
                ]
              },
              "reason": {
                "type": "string"
              }
            },
            "required": [
              "cell",
              "reason"
            ],
            "type": "object"
          },
          "type": "array"
        },
        "review_litigation": {
          "additionalProperties": false,
          "properties": {
            "litigation_after_review": {
              "additionalProperties": false,
              "properties": {
                "corrected": {
                  "type": [
                    "number",
                    "null"
                  ]
                },
                "other": {
                  "type": [
                    "number",
                    "null"
                  ]
                },
                "pending": {
                  "type": [
                    "number",
                    "null"
                  ]
                },
                "total": {
                  "type": [
                    "number",
                    "null"
                  ]
                },
                "upheld": {
                  "type": [
                    "number",
                    "null"
                  ]
                }
              },
              "required": [
                "corrected",
                "other",
                "pending",
                "total",
                "upheld"
              ],
              "type": "object"
            },
            "litigation_direct": {
              "additionalProperties": false,
              "properties": {
                "corrected": {
                  "type": [
                    "number",
                    "null"
                  ]
                },
                "other": {
                  "type": [
                    "number",
                    "null"
                  ]
                },
                "pending": {
                  "type": [
                    "number",
                    "null"
                  ]
                },
                "total": {
                  "type": [
                    "number",
                    "null"
                  ]
                },
                "upheld": {
                  "type": [
                    "number",
                    "null"
                  ]
                }
              },
              "required": [
                "corrected",
                "other",
                "pending",
                "total",
                "upheld"
              ],
              "type": "object"
            },
            "review": {
              "additionalProperties": false,
              "properties": {
                "corrected": {
                  "type": [
                    "number",
                    "null"
                  ]
                },
                "other": {
                  "type": [
                    "number",
                    "null"
                  ]
                },
                "pending": {
                  "type": [
                    "number",
                    "null"
                  ]
                },
                "total": {
                  "type": [
                    "number",
                    "null"
                  ]
                },
                "upheld": {
                  "type": [
                    "number",
                    "null"
                  ]
                }
              },
              "required": [
                "corrected",
                "other",
                "pending",
                "total",
                "upheld"
              ],
              "type": "object"
            }
          },
          "required": [
            "litigation_after_review",
            "litigation_direct",
            "review"
          ],
          "type": "object"
        },
        "schema_version": {
          "const": 1
        },
        "sections": {
          "items": {
            "additionalProperties": false,
            "properties": {
              "number": {
                "type": "string"
              },
              "page": {
                "minimum": 1,
                "type": "integer"
              },
              "text": {
                "type": "string"
              },
              "title": {
                "type": "string"
              }
            },
            "required": [
              "number",
              "page",
              "text",
              "title"
            ],
            "type": "object"
          },
          "type": "array"
        },
        "source": {
          "additionalProperties": false,
          "properties": {
            "file": {
              "type": "string"
            },
            "kind": {
              "description": "The kind of file; absent for a PDF. html, docx and doc (.doc, .wps, RTF or ODT read through LibreOffice's DOCX conversion) are read as one page of flowing text.",
              "enum": [
                "pdf",
                "html",
                "docx",
                "doc"
              ]
            },
            "ocr_pages": {
              "items": {
                "minimum": 1,
                "type": "integer"
              },
              "type": "array"
            },
            "page_reads": {
              "description": "How each page of a PDF was read, in page order (absent for HTML and Word files): `read` text (the text layer), ocr (the rendered page; its text layer not used) or text+ocr (the text layer, and the pictures on the page with no text over them read by OCR); `reason` why by OCR (null for text): no-text (no text layer: a scan), garbled-text (the layer does not decode to readable characters), not-a-report-text (the text layer did not read as a report, so every page was read again by OCR), outlines (as not-a-report-text, on a page whose glyphs are drawn as shapes), image-region (a picture on a text page), forced (--ocr always); `turned` the clockwise turn the page was read back from. text_pages and ocr_pages are kept: a text+ocr page is among the text pages.",
              "items": {
                "additionalProperties": false,
                "properties": {
                  "page": {
                    "minimum": 1,
                    "type": "integer"
                  },
                  "read": {
                    "enum": [
                      "text",
                      "ocr",
                      "text+ocr"
                    ]
                  },
                  "reason": {
                    "enum": [
                      "no-text",
                      "garbled-text",
                      "not-a-report-text",
                      "outlines",
                      "image-region",
                      "forced",
                      null
                    ]
                  },
                  "turned": {
                    "enum": [
                      0,
                      90,
                      180,
                      270
                    ]
                  }
                },
                "required": [
                  "page",
                  "read",
                  "reason",
                  "turned"
                ],
                "type": "object"
              },
              "type": "array"
            },
            "pages": {
              "minimum": 0,
              "type": "integer"
            },
            "producer": {
              "type": [
                "string",
                "null"
              ]
            },
            "report": {
              "additionalProperties": false,
              "description": "Only in a file holding several reports (a compilation): this report's number (from 1, in page order), the file's report count, and its first and last page.",
              "properties": {
                "count": {
                  "minimum": 2,
                  "type": "integer"
                },
                "index": {
                  "minimum": 1,
                  "type": "integer"
                },
                "pages": {
                  "items": {
                    "minimum": 1,
                    "type": "integer"
                  },
                  "maxItems": 2,
                  "minItems": 2,
                  "type": "array"
                }
              },
              "required": [
                "count",
                "index",
                "pages"
              ],
              "type": "object"
            },
            "sha256": {
              "pattern": "^[0-9a-f]{64}$",
              "type": "string"
            },
            "text_pages": {
              "items": {
                "minimum": 1,
                "type": "integer"
              },
              "type": "array"
            },
            "turned_pages": {
              "items": {
                "additionalProperties": false,
                "properties": {
                  "degrees": {
                    "enum": [
                      90,
                      180,
                      270
                    ]
                  },
                  "page": {
                    "minimum": 1,
                    "type": "integer"
                  }
                },
                "required": [
                  "degrees",
                  "page"
                ],
                "type": "object"
              },
              "type": "array"
            }
          },
          "required": [
            "file",
            "ocr_pages",
            "pages",
            "producer",
            "sha256",
            "text_pages"
          ],
          "type": "object"
        },
        "warnings": {
          "items": {
            "type": "string"
          },
          "type": "array"
        }
      },
      "required": [
        "schema_version",
        "source",
        "report",
        "sections",
        "proactive",
        "applications",
        "review_litigation",
        "notes",
        "cells",
        "checks",
        "review",
        "warnings"
      ],
      "title": "GovReport extraction output (schema_version 1)",
      "type": "object"
    }
    """#
}
