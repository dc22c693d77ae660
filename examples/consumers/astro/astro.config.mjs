// A static site (dist/); Astro 5 runs on Node 20 (Astro 6 needs Node 22).
import { defineConfig } from 'astro/config';

export default defineConfig({});
