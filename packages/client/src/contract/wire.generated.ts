// Generated from the zod contract by `pnpm -F @vois-online/client openapi`. Do not edit.
import type { JsonSchema } from '../json-schema.ts';
import type { OperationId, WireOperation } from './operations.ts';

export const wireOperations: Record<OperationId, WireOperation> = {
  "getKommune": {
    "method": "GET",
    "path": "/v1/kommunen/{ags}",
    "auth": false,
    "idempotent": false,
    "body": false,
    "response": {
      "type": "object",
      "properties": {
        "ags": {
          "type": "string",
          "pattern": "^\\d{8}$"
        },
        "name": {
          "type": "string"
        },
        "county": {
          "type": "string"
        },
        "buergerbuero": {
          "type": "object",
          "properties": {
            "name": {
              "type": "string"
            },
            "street": {
              "type": "string"
            },
            "postalCode": {
              "type": "string"
            },
            "city": {
              "type": "string"
            },
            "phone": {
              "type": "string"
            },
            "email": {
              "type": "string",
              "format": "email",
              "pattern": "^(?:[A-Za-z0-9_'+\\-]+\\.)*[A-Za-z0-9_'+\\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\\-]*\\.)+[A-Za-z]{2,}$"
            },
            "url": {
              "type": "string",
              "format": "uri"
            },
            "openingHours": {
              "type": "array",
              "items": {
                "type": "string"
              }
            }
          },
          "required": [
            "name",
            "street",
            "postalCode",
            "city",
            "phone",
            "email",
            "url",
            "openingHours"
          ]
        },
        "privacyUrl": {
          "type": "string",
          "format": "uri"
        },
        "accessibilityUrl": {
          "type": "string",
          "format": "uri"
        },
        "services": {
          "type": "array",
          "items": {
            "type": "string",
            "enum": [
              "meldebescheinigung",
              "abmeldung-nebenwohnung",
              "uebermittlungssperren",
              "selbstauskunft"
            ]
          }
        }
      },
      "required": [
        "ags",
        "name",
        "county",
        "buergerbuero",
        "privacyUrl",
        "accessibilityUrl",
        "services"
      ]
    }
  },
  "exchangeCode": {
    "method": "POST",
    "path": "/v1/auth/token",
    "auth": false,
    "idempotent": false,
    "body": true,
    "response": {
      "type": "object",
      "properties": {
        "accessToken": {
          "type": "string",
          "minLength": 32
        },
        "tokenType": {
          "type": "string",
          "const": "Bearer"
        },
        "expiresAt": {
          "type": "string",
          "format": "date-time",
          "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$"
        }
      },
      "required": [
        "accessToken",
        "tokenType",
        "expiresAt"
      ]
    }
  },
  "extendSession": {
    "method": "POST",
    "path": "/v1/auth/session/extend",
    "auth": true,
    "idempotent": false,
    "body": false,
    "response": {
      "type": "object",
      "properties": {
        "expiresAt": {
          "type": "string",
          "format": "date-time",
          "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$"
        }
      },
      "required": [
        "expiresAt"
      ]
    }
  },
  "logout": {
    "method": "POST",
    "path": "/v1/auth/logout",
    "auth": true,
    "idempotent": false,
    "body": false,
    "response": null
  },
  "getMe": {
    "method": "GET",
    "path": "/v1/me",
    "auth": true,
    "idempotent": false,
    "body": false,
    "response": {
      "type": "object",
      "properties": {
        "name": {
          "type": "object",
          "properties": {
            "familyName": {
              "type": "string",
              "minLength": 1
            },
            "givenNames": {
              "type": "array",
              "items": {
                "type": "string",
                "minLength": 1
              }
            },
            "givenNameInUse": {
              "type": "integer",
              "minimum": 0,
              "maximum": 9007199254740991
            },
            "doctoralDegree": {
              "type": "string"
            }
          },
          "required": [
            "familyName",
            "givenNames"
          ]
        },
        "kommune": {
          "type": "object",
          "properties": {
            "ags": {
              "type": "string",
              "pattern": "^\\d{8}$"
            },
            "name": {
              "type": "string"
            }
          },
          "required": [
            "ags",
            "name"
          ]
        },
        "services": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "service": {
                "type": "string",
                "enum": [
                  "meldebescheinigung",
                  "abmeldung-nebenwohnung",
                  "uebermittlungssperren",
                  "selbstauskunft"
                ]
              },
              "available": {
                "type": "boolean"
              },
              "reason": {
                "type": "string",
                "enum": [
                  "BAD_REQUEST",
                  "UNAUTHENTICATED",
                  "SESSION_EXPIRED",
                  "FORBIDDEN",
                  "NOT_FOUND",
                  "METHOD_NOT_ALLOWED",
                  "PAYLOAD_TOO_LARGE",
                  "UNSUPPORTED_MEDIA_TYPE",
                  "RATE_LIMITED",
                  "IDEMPOTENCY_KEY_REUSED",
                  "IDEMPOTENCY_REQUEST_IN_PROGRESS",
                  "ORIGIN_NOT_ALLOWED",
                  "UNKNOWN_KOMMUNE",
                  "SERVICE_DISABLED",
                  "VERIFICATION_NOT_FOUND",
                  "INTERNAL",
                  "SERVICE_UNAVAILABLE",
                  "AUTH_CANCELLED",
                  "AUTH_STATE_INVALID",
                  "AUTH_VERIFIER_MISSING",
                  "AUTH_CODE_INVALID",
                  "AUTH_PKCE_MISMATCH",
                  "AUTH_REDIRECT_NOT_ALLOWED",
                  "C1_TRUST_LEVEL_TOO_LOW",
                  "C2_IDENTIFICATION_FAILED",
                  "C3_DECEASED",
                  "C3_MOVED_ABROAD",
                  "C3_NOT_REGISTERED_HERE",
                  "C4_CLERK_REQUIRED",
                  "C5_SECURITY_BLOCK_LOCKED",
                  "M1_NOT_MAIN_RESIDENCE",
                  "M3_ITEM_NOT_AVAILABLE",
                  "A1_NO_SECONDARY_RESIDENCE",
                  "A1_NOT_A_SECONDARY_RESIDENCE",
                  "A2_WRONG_AUTHORITY",
                  "A3_MOVE_OUT_TOO_FAR_AHEAD",
                  "A3_MOVE_OUT_BEFORE_MOVE_IN",
                  "A5_CHILD_NOT_ELIGIBLE",
                  "A6_LEGAL_GUARDIAN",
                  "U2_NO_CHANGES",
                  "U3_NOT_APPLICABLE",
                  "U6_READ_ONLY"
                ]
              }
            },
            "required": [
              "service",
              "available"
            ]
          }
        }
      },
      "required": [
        "name",
        "kommune",
        "services"
      ]
    }
  },
  "getMeldebescheinigungOptions": {
    "method": "GET",
    "path": "/v1/meldebescheinigung/optionen",
    "auth": true,
    "idempotent": false,
    "body": false,
    "response": {
      "type": "object",
      "properties": {
        "zusatzAngaben": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "key": {
                "type": "string",
                "enum": [
                  "FRUEHERE_NAMEN",
                  "GEBURTSNAME",
                  "ORDENS_KUENSTLERNAME",
                  "GEBURTSORT",
                  "GESCHLECHT",
                  "GESETZLICHER_VERTRETER",
                  "STAATSANGEHOERIGKEITEN",
                  "RELIGION",
                  "FRUEHERE_ANSCHRIFTEN",
                  "EINZUGSDATEN",
                  "FAMILIENSTAND",
                  "EHEGATTE",
                  "MINDERJAEHRIGE_KINDER",
                  "AUSWEISDATEN"
                ]
              },
              "available": {
                "type": "boolean"
              }
            },
            "required": [
              "key",
              "available"
            ]
          }
        }
      },
      "required": [
        "zusatzAngaben"
      ]
    }
  },
  "createMeldebescheinigung": {
    "method": "POST",
    "path": "/v1/meldebescheinigung",
    "auth": true,
    "idempotent": true,
    "body": true,
    "response": {
      "type": "object",
      "properties": {
        "art": {
          "type": "string",
          "enum": [
            "EINFACH",
            "ERWEITERT"
          ]
        },
        "person": {
          "type": "object",
          "properties": {
            "name": {
              "type": "object",
              "properties": {
                "familyName": {
                  "type": "string",
                  "minLength": 1
                },
                "givenNames": {
                  "type": "array",
                  "items": {
                    "type": "string",
                    "minLength": 1
                  }
                },
                "givenNameInUse": {
                  "type": "integer",
                  "minimum": 0,
                  "maximum": 9007199254740991
                },
                "doctoralDegree": {
                  "type": "string"
                }
              },
              "required": [
                "familyName",
                "givenNames"
              ]
            },
            "dateOfBirth": {
              "type": "string",
              "pattern": "^\\d{4}(-\\d{2}(-\\d{2})?)?$"
            }
          },
          "required": [
            "name",
            "dateOfBirth"
          ]
        },
        "residences": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "id": {
                "type": "string",
                "pattern": "^[A-Za-z0-9_-]{6,64}$"
              },
              "address": {
                "type": "object",
                "properties": {
                  "street": {
                    "type": "string"
                  },
                  "houseNumber": {
                    "type": "string"
                  },
                  "addition": {
                    "type": "string"
                  },
                  "postalCode": {
                    "type": "string"
                  },
                  "city": {
                    "type": "string"
                  }
                },
                "required": [
                  "street",
                  "houseNumber",
                  "postalCode",
                  "city"
                ]
              },
              "status": {
                "type": "string",
                "enum": [
                  "ALLEINIGE_WOHNUNG",
                  "HAUPTWOHNUNG",
                  "NEBENWOHNUNG"
                ]
              },
              "moveInDate": {
                "type": "string",
                "format": "date",
                "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$"
              },
              "authority": {
                "type": "object",
                "properties": {
                  "ags": {
                    "type": "string",
                    "pattern": "^\\d{8}$"
                  },
                  "name": {
                    "type": "string"
                  }
                },
                "required": [
                  "ags",
                  "name"
                ]
              }
            },
            "required": [
              "id",
              "address",
              "status",
              "authority"
            ]
          }
        },
        "zusatzAngaben": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "key": {
                "type": "string",
                "enum": [
                  "FRUEHERE_NAMEN",
                  "GEBURTSNAME",
                  "ORDENS_KUENSTLERNAME",
                  "GEBURTSORT",
                  "GESCHLECHT",
                  "GESETZLICHER_VERTRETER",
                  "STAATSANGEHOERIGKEITEN",
                  "RELIGION",
                  "FRUEHERE_ANSCHRIFTEN",
                  "EINZUGSDATEN",
                  "FAMILIENSTAND",
                  "EHEGATTE",
                  "MINDERJAEHRIGE_KINDER",
                  "AUSWEISDATEN"
                ]
              },
              "values": {
                "type": "array",
                "items": {
                  "type": "string"
                }
              }
            },
            "required": [
              "key",
              "values"
            ]
          }
        },
        "keinSterbedatum": {
          "type": "boolean"
        },
        "document": {
          "type": "object",
          "properties": {
            "id": {
              "type": "string",
              "pattern": "^[A-Za-z0-9_-]{6,64}$"
            },
            "type": {
              "type": "string",
              "enum": [
                "MELDEBESCHEINIGUNG",
                "MELDEBESTAETIGUNG",
                "SPERREN_QUITTUNG",
                "SELBSTAUSKUNFT"
              ]
            },
            "number": {
              "type": "string"
            },
            "verificationCode": {
              "type": "string",
              "pattern": "^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$"
            },
            "verificationUrl": {
              "type": "string",
              "format": "uri"
            },
            "issuedAt": {
              "type": "string",
              "format": "date-time",
              "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$"
            },
            "issuer": {
              "type": "object",
              "properties": {
                "ags": {
                  "type": "string",
                  "pattern": "^\\d{8}$"
                },
                "name": {
                  "type": "string"
                }
              },
              "required": [
                "ags",
                "name"
              ]
            }
          },
          "required": [
            "id",
            "type",
            "number",
            "verificationCode",
            "verificationUrl",
            "issuedAt",
            "issuer"
          ]
        }
      },
      "required": [
        "art",
        "person",
        "residences",
        "zusatzAngaben",
        "keinSterbedatum",
        "document"
      ]
    }
  },
  "getAbmeldungOptions": {
    "method": "GET",
    "path": "/v1/abmeldung-nebenwohnung/optionen",
    "auth": true,
    "idempotent": false,
    "body": false,
    "response": {
      "type": "object",
      "properties": {
        "residences": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "id": {
                "type": "string",
                "pattern": "^[A-Za-z0-9_-]{6,64}$"
              },
              "address": {
                "type": "object",
                "properties": {
                  "street": {
                    "type": "string"
                  },
                  "houseNumber": {
                    "type": "string"
                  },
                  "addition": {
                    "type": "string"
                  },
                  "postalCode": {
                    "type": "string"
                  },
                  "city": {
                    "type": "string"
                  }
                },
                "required": [
                  "street",
                  "houseNumber",
                  "postalCode",
                  "city"
                ]
              },
              "status": {
                "type": "string",
                "enum": [
                  "ALLEINIGE_WOHNUNG",
                  "HAUPTWOHNUNG",
                  "NEBENWOHNUNG"
                ]
              },
              "moveInDate": {
                "type": "string",
                "format": "date",
                "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$"
              },
              "authority": {
                "type": "object",
                "properties": {
                  "ags": {
                    "type": "string",
                    "pattern": "^\\d{8}$"
                  },
                  "name": {
                    "type": "string"
                  }
                },
                "required": [
                  "ags",
                  "name"
                ]
              }
            },
            "required": [
              "id",
              "address",
              "status",
              "authority"
            ]
          }
        },
        "children": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "id": {
                "type": "string",
                "pattern": "^[A-Za-z0-9_-]{6,64}$"
              },
              "name": {
                "type": "object",
                "properties": {
                  "familyName": {
                    "type": "string",
                    "minLength": 1
                  },
                  "givenNames": {
                    "type": "array",
                    "items": {
                      "type": "string",
                      "minLength": 1
                    }
                  },
                  "givenNameInUse": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 9007199254740991
                  },
                  "doctoralDegree": {
                    "type": "string"
                  }
                },
                "required": [
                  "familyName",
                  "givenNames"
                ]
              },
              "dateOfBirth": {
                "type": "string",
                "pattern": "^\\d{4}(-\\d{2}(-\\d{2})?)?$"
              },
              "residenceIds": {
                "type": "array",
                "items": {
                  "type": "string",
                  "pattern": "^[A-Za-z0-9_-]{6,64}$"
                }
              },
              "eligible": {
                "type": "boolean"
              },
              "reason": {
                "type": "string",
                "enum": [
                  "BAD_REQUEST",
                  "UNAUTHENTICATED",
                  "SESSION_EXPIRED",
                  "FORBIDDEN",
                  "NOT_FOUND",
                  "METHOD_NOT_ALLOWED",
                  "PAYLOAD_TOO_LARGE",
                  "UNSUPPORTED_MEDIA_TYPE",
                  "RATE_LIMITED",
                  "IDEMPOTENCY_KEY_REUSED",
                  "IDEMPOTENCY_REQUEST_IN_PROGRESS",
                  "ORIGIN_NOT_ALLOWED",
                  "UNKNOWN_KOMMUNE",
                  "SERVICE_DISABLED",
                  "VERIFICATION_NOT_FOUND",
                  "INTERNAL",
                  "SERVICE_UNAVAILABLE",
                  "AUTH_CANCELLED",
                  "AUTH_STATE_INVALID",
                  "AUTH_VERIFIER_MISSING",
                  "AUTH_CODE_INVALID",
                  "AUTH_PKCE_MISMATCH",
                  "AUTH_REDIRECT_NOT_ALLOWED",
                  "C1_TRUST_LEVEL_TOO_LOW",
                  "C2_IDENTIFICATION_FAILED",
                  "C3_DECEASED",
                  "C3_MOVED_ABROAD",
                  "C3_NOT_REGISTERED_HERE",
                  "C4_CLERK_REQUIRED",
                  "C5_SECURITY_BLOCK_LOCKED",
                  "M1_NOT_MAIN_RESIDENCE",
                  "M3_ITEM_NOT_AVAILABLE",
                  "A1_NO_SECONDARY_RESIDENCE",
                  "A1_NOT_A_SECONDARY_RESIDENCE",
                  "A2_WRONG_AUTHORITY",
                  "A3_MOVE_OUT_TOO_FAR_AHEAD",
                  "A3_MOVE_OUT_BEFORE_MOVE_IN",
                  "A5_CHILD_NOT_ELIGIBLE",
                  "A6_LEGAL_GUARDIAN",
                  "U2_NO_CHANGES",
                  "U3_NOT_APPLICABLE",
                  "U6_READ_ONLY"
                ]
              }
            },
            "required": [
              "id",
              "name",
              "dateOfBirth",
              "residenceIds",
              "eligible"
            ]
          }
        },
        "today": {
          "type": "string",
          "format": "date",
          "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$"
        },
        "latestMoveOutDate": {
          "type": "string",
          "format": "date",
          "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$"
        }
      },
      "required": [
        "residences",
        "children",
        "today",
        "latestMoveOutDate"
      ]
    }
  },
  "createAbmeldung": {
    "method": "POST",
    "path": "/v1/abmeldung-nebenwohnung",
    "auth": true,
    "idempotent": true,
    "body": true,
    "response": {
      "type": "object",
      "properties": {
        "id": {
          "type": "string",
          "pattern": "^[A-Za-z0-9_-]{6,64}$"
        },
        "person": {
          "type": "object",
          "properties": {
            "name": {
              "type": "object",
              "properties": {
                "familyName": {
                  "type": "string",
                  "minLength": 1
                },
                "givenNames": {
                  "type": "array",
                  "items": {
                    "type": "string",
                    "minLength": 1
                  }
                },
                "givenNameInUse": {
                  "type": "integer",
                  "minimum": 0,
                  "maximum": 9007199254740991
                },
                "doctoralDegree": {
                  "type": "string"
                }
              },
              "required": [
                "familyName",
                "givenNames"
              ]
            },
            "dateOfBirth": {
              "type": "string",
              "pattern": "^\\d{4}(-\\d{2}(-\\d{2})?)?$"
            }
          },
          "required": [
            "name",
            "dateOfBirth"
          ]
        },
        "residence": {
          "type": "object",
          "properties": {
            "id": {
              "type": "string",
              "pattern": "^[A-Za-z0-9_-]{6,64}$"
            },
            "address": {
              "type": "object",
              "properties": {
                "street": {
                  "type": "string"
                },
                "houseNumber": {
                  "type": "string"
                },
                "addition": {
                  "type": "string"
                },
                "postalCode": {
                  "type": "string"
                },
                "city": {
                  "type": "string"
                }
              },
              "required": [
                "street",
                "houseNumber",
                "postalCode",
                "city"
              ]
            },
            "status": {
              "type": "string",
              "enum": [
                "ALLEINIGE_WOHNUNG",
                "HAUPTWOHNUNG",
                "NEBENWOHNUNG"
              ]
            },
            "moveInDate": {
              "type": "string",
              "format": "date",
              "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$"
            },
            "authority": {
              "type": "object",
              "properties": {
                "ags": {
                  "type": "string",
                  "pattern": "^\\d{8}$"
                },
                "name": {
                  "type": "string"
                }
              },
              "required": [
                "ags",
                "name"
              ]
            }
          },
          "required": [
            "id",
            "address",
            "status",
            "authority"
          ]
        },
        "moveOutDate": {
          "type": "string",
          "format": "date",
          "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$"
        },
        "registeredOn": {
          "type": "string",
          "format": "date",
          "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$"
        },
        "state": {
          "type": "string",
          "enum": [
            "WIRKSAM",
            "VORGEMERKT"
          ]
        },
        "late": {
          "type": "boolean"
        },
        "children": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "name": {
                "type": "object",
                "properties": {
                  "familyName": {
                    "type": "string",
                    "minLength": 1
                  },
                  "givenNames": {
                    "type": "array",
                    "items": {
                      "type": "string",
                      "minLength": 1
                    }
                  },
                  "givenNameInUse": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 9007199254740991
                  },
                  "doctoralDegree": {
                    "type": "string"
                  }
                },
                "required": [
                  "familyName",
                  "givenNames"
                ]
              },
              "dateOfBirth": {
                "type": "string",
                "pattern": "^\\d{4}(-\\d{2}(-\\d{2})?)?$"
              }
            },
            "required": [
              "name",
              "dateOfBirth"
            ]
          }
        },
        "document": {
          "type": "object",
          "properties": {
            "id": {
              "type": "string",
              "pattern": "^[A-Za-z0-9_-]{6,64}$"
            },
            "type": {
              "type": "string",
              "enum": [
                "MELDEBESCHEINIGUNG",
                "MELDEBESTAETIGUNG",
                "SPERREN_QUITTUNG",
                "SELBSTAUSKUNFT"
              ]
            },
            "number": {
              "type": "string"
            },
            "verificationCode": {
              "type": "string",
              "pattern": "^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$"
            },
            "verificationUrl": {
              "type": "string",
              "format": "uri"
            },
            "issuedAt": {
              "type": "string",
              "format": "date-time",
              "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$"
            },
            "issuer": {
              "type": "object",
              "properties": {
                "ags": {
                  "type": "string",
                  "pattern": "^\\d{8}$"
                },
                "name": {
                  "type": "string"
                }
              },
              "required": [
                "ags",
                "name"
              ]
            }
          },
          "required": [
            "id",
            "type",
            "number",
            "verificationCode",
            "verificationUrl",
            "issuedAt",
            "issuer"
          ]
        }
      },
      "required": [
        "id",
        "person",
        "residence",
        "moveOutDate",
        "registeredOn",
        "state",
        "late",
        "children",
        "document"
      ]
    }
  },
  "getSperren": {
    "method": "GET",
    "path": "/v1/uebermittlungssperren",
    "auth": true,
    "idempotent": false,
    "body": false,
    "response": {
      "type": "object",
      "properties": {
        "register": {
          "type": "object",
          "properties": {
            "ags": {
              "type": "string",
              "pattern": "^\\d{8}$"
            },
            "name": {
              "type": "string"
            }
          },
          "required": [
            "ags",
            "name"
          ]
        },
        "sperren": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "key": {
                "type": "string",
                "enum": [
                  "BUNDESWEHR",
                  "RELIGION_FAMILIE",
                  "PARTEIEN_WAHLEN",
                  "JUBILAEEN",
                  "ADRESSBUCH"
                ]
              },
              "active": {
                "type": "boolean"
              },
              "relevance": {
                "type": "string",
                "enum": [
                  "RELEVANT",
                  "NOT_YET_RELEVANT",
                  "NO_LONGER_RELEVANT",
                  "NOT_APPLICABLE"
                ]
              },
              "changeable": {
                "type": "boolean"
              }
            },
            "required": [
              "key",
              "active",
              "relevance",
              "changeable"
            ]
          }
        },
        "auskunftssperre": {
          "type": "object",
          "properties": {
            "active": {
              "type": "boolean"
            }
          },
          "required": [
            "active"
          ]
        },
        "bedingterSperrvermerk": {
          "type": "object",
          "properties": {
            "active": {
              "type": "boolean"
            }
          },
          "required": [
            "active"
          ]
        }
      },
      "required": [
        "register",
        "sperren",
        "auskunftssperre",
        "bedingterSperrvermerk"
      ]
    }
  },
  "changeSperren": {
    "method": "PUT",
    "path": "/v1/uebermittlungssperren",
    "auth": true,
    "idempotent": true,
    "body": true,
    "response": {
      "type": "object",
      "properties": {
        "state": {
          "type": "object",
          "properties": {
            "register": {
              "type": "object",
              "properties": {
                "ags": {
                  "type": "string",
                  "pattern": "^\\d{8}$"
                },
                "name": {
                  "type": "string"
                }
              },
              "required": [
                "ags",
                "name"
              ]
            },
            "sperren": {
              "type": "array",
              "items": {
                "type": "object",
                "properties": {
                  "key": {
                    "type": "string",
                    "enum": [
                      "BUNDESWEHR",
                      "RELIGION_FAMILIE",
                      "PARTEIEN_WAHLEN",
                      "JUBILAEEN",
                      "ADRESSBUCH"
                    ]
                  },
                  "active": {
                    "type": "boolean"
                  },
                  "relevance": {
                    "type": "string",
                    "enum": [
                      "RELEVANT",
                      "NOT_YET_RELEVANT",
                      "NO_LONGER_RELEVANT",
                      "NOT_APPLICABLE"
                    ]
                  },
                  "changeable": {
                    "type": "boolean"
                  }
                },
                "required": [
                  "key",
                  "active",
                  "relevance",
                  "changeable"
                ]
              }
            },
            "auskunftssperre": {
              "type": "object",
              "properties": {
                "active": {
                  "type": "boolean"
                }
              },
              "required": [
                "active"
              ]
            },
            "bedingterSperrvermerk": {
              "type": "object",
              "properties": {
                "active": {
                  "type": "boolean"
                }
              },
              "required": [
                "active"
              ]
            }
          },
          "required": [
            "register",
            "sperren",
            "auskunftssperre",
            "bedingterSperrvermerk"
          ]
        },
        "changes": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "key": {
                "type": "string",
                "enum": [
                  "BUNDESWEHR",
                  "RELIGION_FAMILIE",
                  "PARTEIEN_WAHLEN",
                  "JUBILAEEN",
                  "ADRESSBUCH"
                ]
              },
              "active": {
                "type": "boolean"
              }
            },
            "required": [
              "key",
              "active"
            ]
          }
        },
        "effectiveAt": {
          "type": "string",
          "format": "date-time",
          "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$"
        },
        "document": {
          "type": "object",
          "properties": {
            "id": {
              "type": "string",
              "pattern": "^[A-Za-z0-9_-]{6,64}$"
            },
            "type": {
              "type": "string",
              "enum": [
                "MELDEBESCHEINIGUNG",
                "MELDEBESTAETIGUNG",
                "SPERREN_QUITTUNG",
                "SELBSTAUSKUNFT"
              ]
            },
            "number": {
              "type": "string"
            },
            "verificationCode": {
              "type": "string",
              "pattern": "^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$"
            },
            "verificationUrl": {
              "type": "string",
              "format": "uri"
            },
            "issuedAt": {
              "type": "string",
              "format": "date-time",
              "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$"
            },
            "issuer": {
              "type": "object",
              "properties": {
                "ags": {
                  "type": "string",
                  "pattern": "^\\d{8}$"
                },
                "name": {
                  "type": "string"
                }
              },
              "required": [
                "ags",
                "name"
              ]
            }
          },
          "required": [
            "id",
            "type",
            "number",
            "verificationCode",
            "verificationUrl",
            "issuedAt",
            "issuer"
          ]
        }
      },
      "required": [
        "state",
        "changes",
        "effectiveAt",
        "document"
      ]
    }
  },
  "getSelbstauskunft": {
    "method": "GET",
    "path": "/v1/selbstauskunft",
    "auth": true,
    "idempotent": false,
    "body": false,
    "response": {
      "type": "object",
      "properties": {
        "register": {
          "type": "object",
          "properties": {
            "ags": {
              "type": "string",
              "pattern": "^\\d{8}$"
            },
            "name": {
              "type": "string"
            }
          },
          "required": [
            "ags",
            "name"
          ]
        },
        "generatedAt": {
          "type": "string",
          "format": "date-time",
          "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$"
        },
        "groups": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "group": {
                "type": "string",
                "enum": [
                  "NAMEN",
                  "GEBURT",
                  "GESCHLECHT",
                  "STAATSANGEHOERIGKEITEN",
                  "RELIGION",
                  "ANSCHRIFTEN",
                  "FRUEHERE_ANSCHRIFTEN",
                  "FAMILIENSTAND",
                  "FAMILIE",
                  "AUSWEISDOKUMENTE",
                  "SPERREN"
                ]
              },
              "entries": {
                "type": "array",
                "items": {
                  "type": "object",
                  "properties": {
                    "field": {
                      "type": "string",
                      "enum": [
                        "FAMILIENNAME",
                        "VORNAMEN",
                        "RUFNAME",
                        "DOKTORGRAD",
                        "GEBURTSNAME",
                        "FRUEHERER_NAME",
                        "ORDENSNAME",
                        "KUENSTLERNAME",
                        "GEBURTSDATUM",
                        "GEBURTSORT",
                        "GESCHLECHT",
                        "STAATSANGEHOERIGKEIT",
                        "RELIGION",
                        "ALLEINIGE_WOHNUNG",
                        "HAUPTWOHNUNG",
                        "NEBENWOHNUNG",
                        "FRUEHERE_ANSCHRIFT",
                        "EINZUGSDATUM",
                        "FAMILIENSTAND",
                        "EHEGATTE",
                        "KIND",
                        "GESETZLICHER_VERTRETER",
                        "PERSONALAUSWEIS",
                        "REISEPASS",
                        "AUFENTHALTSTITEL",
                        "AUSKUNFTSSPERRE",
                        "BEDINGTER_SPERRVERMERK",
                        "UEBERMITTLUNGSSPERRE"
                      ]
                    },
                    "value": {
                      "type": "string"
                    },
                    "origin": {
                      "type": "string"
                    },
                    "validFrom": {
                      "type": "string",
                      "format": "date",
                      "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$"
                    },
                    "validTo": {
                      "type": "string",
                      "format": "date",
                      "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$"
                    }
                  },
                  "required": [
                    "field",
                    "value"
                  ]
                }
              }
            },
            "required": [
              "group",
              "entries"
            ]
          }
        },
        "recipients": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "recipient": {
                "type": "string"
              },
              "purpose": {
                "type": "string"
              },
              "legalBasis": {
                "type": "string"
              },
              "data": {
                "type": "string"
              }
            },
            "required": [
              "recipient",
              "purpose",
              "legalBasis",
              "data"
            ]
          }
        },
        "retrievals": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "at": {
                "type": "string",
                "format": "date-time",
                "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$"
              },
              "recipient": {
                "type": "string"
              },
              "data": {
                "type": "string"
              }
            },
            "required": [
              "at",
              "recipient",
              "data"
            ]
          }
        },
        "familyDataWithheld": {
          "type": "boolean"
        }
      },
      "required": [
        "register",
        "generatedAt",
        "groups",
        "recipients",
        "retrievals",
        "familyDataWithheld"
      ]
    }
  },
  "createSelbstauskunftDocument": {
    "method": "POST",
    "path": "/v1/selbstauskunft/dokument",
    "auth": true,
    "idempotent": true,
    "body": false,
    "response": {
      "type": "object",
      "properties": {
        "id": {
          "type": "string",
          "pattern": "^[A-Za-z0-9_-]{6,64}$"
        },
        "type": {
          "type": "string",
          "enum": [
            "MELDEBESCHEINIGUNG",
            "MELDEBESTAETIGUNG",
            "SPERREN_QUITTUNG",
            "SELBSTAUSKUNFT"
          ]
        },
        "number": {
          "type": "string"
        },
        "verificationCode": {
          "type": "string",
          "pattern": "^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$"
        },
        "verificationUrl": {
          "type": "string",
          "format": "uri"
        },
        "issuedAt": {
          "type": "string",
          "format": "date-time",
          "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$"
        },
        "issuer": {
          "type": "object",
          "properties": {
            "ags": {
              "type": "string",
              "pattern": "^\\d{8}$"
            },
            "name": {
              "type": "string"
            }
          },
          "required": [
            "ags",
            "name"
          ]
        }
      },
      "required": [
        "id",
        "type",
        "number",
        "verificationCode",
        "verificationUrl",
        "issuedAt",
        "issuer"
      ]
    }
  },
  "getDocumentPdf": {
    "method": "GET",
    "path": "/v1/dokumente/{id}/pdf",
    "auth": true,
    "idempotent": false,
    "body": false,
    "response": "pdf"
  },
  "verifyDocument": {
    "method": "GET",
    "path": "/v1/pruefung/{code}",
    "auth": false,
    "idempotent": false,
    "body": false,
    "response": {
      "type": "object",
      "properties": {
        "valid": {
          "type": "boolean",
          "const": true
        },
        "type": {
          "type": "string",
          "enum": [
            "MELDEBESCHEINIGUNG",
            "MELDEBESTAETIGUNG",
            "SPERREN_QUITTUNG",
            "SELBSTAUSKUNFT"
          ]
        },
        "number": {
          "type": "string"
        },
        "issuedAt": {
          "type": "string",
          "format": "date-time",
          "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$"
        },
        "issuer": {
          "type": "object",
          "properties": {
            "ags": {
              "type": "string",
              "pattern": "^\\d{8}$"
            },
            "name": {
              "type": "string"
            }
          },
          "required": [
            "ags",
            "name"
          ]
        },
        "holderInitials": {
          "type": "string"
        },
        "sha256": {
          "type": "string",
          "pattern": "^[0-9a-f]{64}$"
        }
      },
      "required": [
        "valid",
        "type",
        "number",
        "issuedAt",
        "issuer",
        "holderInitials",
        "sha256"
      ]
    }
  }
};

export const problemSchema: JsonSchema = {
  "type": "object",
  "properties": {
    "type": {
      "type": "string"
    },
    "title": {
      "type": "string"
    },
    "status": {
      "type": "integer",
      "minimum": 400,
      "maximum": 599
    },
    "code": {
      "type": "string",
      "enum": [
        "BAD_REQUEST",
        "UNAUTHENTICATED",
        "SESSION_EXPIRED",
        "FORBIDDEN",
        "NOT_FOUND",
        "METHOD_NOT_ALLOWED",
        "PAYLOAD_TOO_LARGE",
        "UNSUPPORTED_MEDIA_TYPE",
        "RATE_LIMITED",
        "IDEMPOTENCY_KEY_REUSED",
        "IDEMPOTENCY_REQUEST_IN_PROGRESS",
        "ORIGIN_NOT_ALLOWED",
        "UNKNOWN_KOMMUNE",
        "SERVICE_DISABLED",
        "VERIFICATION_NOT_FOUND",
        "INTERNAL",
        "SERVICE_UNAVAILABLE",
        "AUTH_CANCELLED",
        "AUTH_STATE_INVALID",
        "AUTH_VERIFIER_MISSING",
        "AUTH_CODE_INVALID",
        "AUTH_PKCE_MISMATCH",
        "AUTH_REDIRECT_NOT_ALLOWED",
        "C1_TRUST_LEVEL_TOO_LOW",
        "C2_IDENTIFICATION_FAILED",
        "C3_DECEASED",
        "C3_MOVED_ABROAD",
        "C3_NOT_REGISTERED_HERE",
        "C4_CLERK_REQUIRED",
        "C5_SECURITY_BLOCK_LOCKED",
        "M1_NOT_MAIN_RESIDENCE",
        "M3_ITEM_NOT_AVAILABLE",
        "A1_NO_SECONDARY_RESIDENCE",
        "A1_NOT_A_SECONDARY_RESIDENCE",
        "A2_WRONG_AUTHORITY",
        "A3_MOVE_OUT_TOO_FAR_AHEAD",
        "A3_MOVE_OUT_BEFORE_MOVE_IN",
        "A5_CHILD_NOT_ELIGIBLE",
        "A6_LEGAL_GUARDIAN",
        "U2_NO_CHANGES",
        "U3_NOT_APPLICABLE",
        "U6_READ_ONLY"
      ]
    },
    "detail": {
      "type": "string"
    },
    "fields": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "pointer": {
            "type": "string"
          },
          "code": {
            "type": "string",
            "enum": [
              "BAD_REQUEST",
              "UNAUTHENTICATED",
              "SESSION_EXPIRED",
              "FORBIDDEN",
              "NOT_FOUND",
              "METHOD_NOT_ALLOWED",
              "PAYLOAD_TOO_LARGE",
              "UNSUPPORTED_MEDIA_TYPE",
              "RATE_LIMITED",
              "IDEMPOTENCY_KEY_REUSED",
              "IDEMPOTENCY_REQUEST_IN_PROGRESS",
              "ORIGIN_NOT_ALLOWED",
              "UNKNOWN_KOMMUNE",
              "SERVICE_DISABLED",
              "VERIFICATION_NOT_FOUND",
              "INTERNAL",
              "SERVICE_UNAVAILABLE",
              "AUTH_CANCELLED",
              "AUTH_STATE_INVALID",
              "AUTH_VERIFIER_MISSING",
              "AUTH_CODE_INVALID",
              "AUTH_PKCE_MISMATCH",
              "AUTH_REDIRECT_NOT_ALLOWED",
              "C1_TRUST_LEVEL_TOO_LOW",
              "C2_IDENTIFICATION_FAILED",
              "C3_DECEASED",
              "C3_MOVED_ABROAD",
              "C3_NOT_REGISTERED_HERE",
              "C4_CLERK_REQUIRED",
              "C5_SECURITY_BLOCK_LOCKED",
              "M1_NOT_MAIN_RESIDENCE",
              "M3_ITEM_NOT_AVAILABLE",
              "A1_NO_SECONDARY_RESIDENCE",
              "A1_NOT_A_SECONDARY_RESIDENCE",
              "A2_WRONG_AUTHORITY",
              "A3_MOVE_OUT_TOO_FAR_AHEAD",
              "A3_MOVE_OUT_BEFORE_MOVE_IN",
              "A5_CHILD_NOT_ELIGIBLE",
              "A6_LEGAL_GUARDIAN",
              "U2_NO_CHANGES",
              "U3_NOT_APPLICABLE",
              "U6_READ_ONLY"
            ]
          }
        },
        "required": [
          "pointer"
        ]
      }
    }
  },
  "required": [
    "type",
    "title",
    "status",
    "code"
  ]
};
