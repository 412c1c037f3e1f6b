/** Styles of `<wsis-header>`: the institutional line, the WSIS brand and the navigation, mirrored by `dir`. */
import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    font-family: var(--_font);
    color: var(--_text);
    background: var(--wsis-header-background, var(--_surface));
    border-block-end: 4px solid var(--wsis-header-accent, var(--_brand));
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.25rem var(--_space);
    padding-inline: var(--wsis-header-padding-inline, var(--_space));
    border-block-end: 1px solid var(--wsis-header-rule, var(--_border));
  }
  .institutions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    min-inline-size: 0;
  }
  .separator {
    color: var(--_brand);
    font-weight: 700;
  }
  .languages {
    margin-inline-start: auto;
  }
  .brand-row {
    display: flex;
    align-items: center;
    padding-block: calc(var(--_space) / 2);
    padding-inline: var(--wsis-header-padding-inline, var(--_space));
  }
  .brand {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
    min-inline-size: 0;
    color: inherit;
    text-decoration: none;
    border-radius: var(--_radius);
  }
  a.brand:hover .title {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .title {
    min-inline-size: 0;
    font-size: clamp(1.125rem, 1rem + 1.5vw, 1.75rem);
    font-weight: 700;
    line-height: 1.25;
    color: var(--wsis-header-title-color, var(--_brand));
    overflow-wrap: anywhere;
  }
  :host(:lang(zh)) .title {
    line-height: 1.4;
  }
  .navigation {
    padding-inline: var(--wsis-header-padding-inline, var(--_space));
  }
  @media (forced-colors: active) {
    :host {
      border-block-end-color: CanvasText;
    }
    .title {
      color: CanvasText;
    }
    a.brand .title {
      color: LinkText;
    }
  }
`;
