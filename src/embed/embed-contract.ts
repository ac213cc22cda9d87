import { CHANGE_EVENT, THEME_ATTRIBUTE, THEMES } from "./define-embed.ts";
import { EMBED_PATH } from "./embed-path.ts";
import { attributeName, EMBEDS, embedTag } from "./embed-registry.ts";
import { stillPath } from "./still-path.ts";

/** One attribute as v1 promises it: its values and its default. */
export interface ContractAttribute {
  readonly min: number;
  readonly max: number;
  readonly default: number;
  readonly choices?: readonly string[];
}

/** What a version of the embeds promises a host page: tags, attributes, events, script interface and iframe pages. */
export interface EmbedContract {
  readonly path: string;
  readonly event: string;
  readonly properties: readonly string[];
  readonly theme: { readonly attribute: string; readonly values: readonly string[] };
  readonly minWidth: number;
  readonly widgets: Readonly<Record<string, { readonly iframe: string; readonly still: string; readonly attributes: Readonly<Record<string, ContractAttribute>> }>>;
}

/** The contract as the code now keeps it; test/embed/embed-contract.test.ts holds it equal to the committed embed-contract.json. */
export function embedContract(): EmbedContract {
  return {
    path: `${EMBED_PATH}/`,
    event: CHANGE_EVENT,
    properties: ["options", "update"],
    theme: { attribute: THEME_ATTRIBUTE, values: [...THEMES] },
    minWidth: 320,
    widgets: Object.fromEntries(
      EMBEDS.map((e) => [
        embedTag(e.widget),
        {
          iframe: `/embed/${e.widget}/`,
          still: stillPath(e.widget),
          attributes: Object.fromEntries(
            Object.entries(e.specs).map(([key, spec]) => [attributeName(key), { min: spec.min, max: spec.max, default: spec.default, ...(spec.choices ? { choices: [...spec.choices] } : {}) }]),
          ),
        },
      ]),
    ),
  };
}
