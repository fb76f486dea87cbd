#!/usr/bin/env node
import '../dist/cchc.js';
