// The seed page's control-plane scenario: the pages under seed/ include the example's Markdown,
// whose <script setup> imports it from `../shared/` (French) or `../../shared/` (English).
export * from '../../examples/shared/control-plane-scenario.js';
