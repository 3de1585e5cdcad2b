/*
 * Runs first in every page of the add-in, before office.js and the bundles, and is written in ES5 so that
 * every webview parses it (webpack copies it as it is; it is not compiled).
 *
 * 1. A webview without ES2017 or without ES2018 RegExp syntax (lookbehind, \p{…}, which the checks use and
 *    no compiler can lower) cannot run the add-in: Internet Explorer 11, Edge Legacy (EdgeHTML), Safari
 *    before 16.4. The page says '请更新 Excel' instead of staying blank.
 * 2. The bundles are compiled to ES2017 syntax; the few built-ins newer than ES2017 they call are added
 *    here when the webview lacks them (Edge Legacy/EdgeHTML 18, Safari 11–12).
 */
(function () {
  'use strict';
  var w = typeof window !== 'undefined' ? window : this;
  var es2017 =
    typeof Promise === 'function' &&
    typeof Symbol === 'function' &&
    typeof Object.values === 'function' &&
    typeof Object.entries === 'function' &&
    typeof String.prototype.padStart === 'function' &&
    typeof Array.prototype.includes === 'function';
  // The bundles keep ES2018 RegExp syntax (lookbehind, \p{…}), which no compiler can lower.
  var regexp2018 = false;
  try {
    regexp2018 = new RegExp('(?<=a)b').test('ab') && new RegExp('\\p{L}', 'u').test('表');
  } catch (unsupported) {
    regexp2018 = !unsupported;
  }
  if (!es2017 || !regexp2018) {
    w.__budgetCheckerUnsupported = true;
    var show = function () {
      var body = document.body;
      if (!body) return;
      while (body.firstChild) body.removeChild(body.firstChild);
      var p = document.createElement('p');
      p.setAttribute('role', 'alert');
      p.style.fontFamily = "'Microsoft YaHei', 'Segoe UI', sans-serif";
      p.style.padding = '12px';
      var message =
        '请更新 Excel：此版本的 Excel 使用的浏览器组件过旧（Internet Explorer、旧版 Edge 或 Safari 16.4 以前），' +
        '无法运行“预算公开审核”。请更新到 Microsoft 365 或安装 Microsoft Edge WebView2，或使用网页版 Excel。';
      p.appendChild(document.createTextNode(message));
      body.appendChild(p);
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', show);
    else show();
    return;
  }

  var define = function (obj, name, value) {
    if (!(name in obj)) Object.defineProperty(obj, name, { value: value, writable: true, configurable: true });
  };
  if (typeof w.globalThis === 'undefined') define(w, 'globalThis', w);
  define(Object, 'fromEntries', function (entries) {
    var out = {};
    var it = entries[Symbol.iterator]();
    for (var step = it.next(); !step.done; step = it.next()) out[step.value[0]] = step.value[1];
    return out;
  });
  var flatten = function (list, depth, out) {
    for (var i = 0; i < list.length; i++) {
      if (!(i in list)) continue;
      if (Array.isArray(list[i]) && depth > 0) flatten(list[i], depth - 1, out);
      else out.push(list[i]);
    }
    return out;
  };
  define(Array.prototype, 'flat', function (depth) {
    return flatten(this, depth === undefined ? 1 : Number(depth), []);
  });
  define(Array.prototype, 'flatMap', function (fn, thisArg) {
    return flatten(Array.prototype.map.call(this, fn, thisArg), 1, []);
  });
  define(String.prototype, 'trimStart', String.prototype.trimLeft);
  define(String.prototype, 'trimEnd', String.prototype.trimRight);
  define(String.prototype, 'matchAll', function (regexp) {
    if (!regexp.global) throw new TypeError('matchAll requires a global RegExp');
    var re = new RegExp(regexp.source, regexp.flags);
    var s = String(this);
    var it = {
      next: function () {
        var m = re.exec(s);
        if (m === null) return { done: true, value: undefined };
        if (m[0] === '') re.lastIndex++;
        return { done: false, value: m };
      },
    };
    it[Symbol.iterator] = function () {
      return it;
    };
    return it;
  });
  var settle = function (fn, ok) {
    return function (v) {
      return Promise.resolve(fn()).then(function () {
        if (ok) return v;
        throw v;
      });
    };
  };
  if (typeof Promise.prototype.finally !== 'function') {
    define(Promise.prototype, 'finally', function (fn) {
      return this.then(settle(fn, true), settle(fn, false));
    });
  }
  var fulfilled = function (value) {
    return { status: 'fulfilled', value: value };
  };
  var rejected = function (reason) {
    return { status: 'rejected', reason: reason };
  };
  if (typeof Promise.allSettled !== 'function') {
    define(Promise, 'allSettled', function (list) {
      var each = Array.prototype.map.call(list, function (p) {
        return Promise.resolve(p).then(fulfilled, rejected);
      });
      return Promise.all(each);
    });
  }
})();
