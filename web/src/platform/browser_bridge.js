// JavaScript side of the platform layer (emscripten --js-library). Each function is called from one
// *_emscripten.cpp file; replies come back through exported qq_* functions.
mergeInto(LibraryManager.library, {
  // HTTP: JSON requests to the API. The token travels in the Authorization header (no cookies), so
  // the client can be served from another origin than the API (issue 4: CORS).
  qq_http_send: function (id, methodPtr, pathPtr, bodyPtr, tokenPtr) {
    var method = UTF8ToString(methodPtr), path = UTF8ToString(pathPtr);
    var body = bodyPtr ? UTF8ToString(bodyPtr) : null, token = tokenPtr ? UTF8ToString(tokenPtr) : "";
    var headers = { "Accept": "application/json" };
    if (body !== null) headers["Content-Type"] = "application/json; charset=utf-8";
    if (token) headers["Authorization"] = "Bearer " + token;
    var base = (window.qinqingBoot && window.qinqingBoot.apiBase) || "";
    function deliver(status, text) {
      var len = lengthBytesUTF8(text) + 1, ptr = _malloc(len);
      stringToUTF8(text, ptr, len);
      Module._qq_http_done(id, status, ptr);
      _free(ptr);
    }
    fetch(base + path, { method: method, headers: headers, body: body, cache: "no-store" })
      .then(function (r) { return r.text().then(function (t) { deliver(r.status, t); }); })
      .catch(function () { deliver(0, ""); });
  },

  // Raw bytes (font slices). The buffer is malloc'd here and owned by C++ afterwards.
  qq_fetch_bytes: function (id, urlPtr) {
    var url = UTF8ToString(urlPtr);
    fetch(url).then(function (r) { if (!r.ok) throw new Error(r.status); return r.arrayBuffer(); })
      .then(function (buf) {
        var bytes = new Uint8Array(buf), ptr = _malloc(bytes.length);
        HEAPU8.set(bytes, ptr);
        Module._qq_bytes_done(id, ptr, bytes.length);
      })
      .catch(function () { Module._qq_bytes_done(id, 0, 0); });
  },

  // The base font was fetched by index.html in parallel with the wasm.
  qq_wait_base_font: function () {
    window.qinqingBoot.fontPromise.then(function (buf) {
      var bytes = new Uint8Array(buf), ptr = _malloc(bytes.length);
      HEAPU8.set(bytes, ptr);
      Module._qq_base_font_loaded(ptr, bytes.length);
    }).catch(function () { Module._qq_base_font_loaded(0, 0); });
  },

  // Font slice manifest: [[first, last, url], ...] in code point order.
  qq_font_slice_count: function () { return window.qinqingBoot.fontSlices.length; },
  qq_font_slice_first: function (i) { return window.qinqingBoot.fontSlices[i][0]; },
  qq_font_slice_last: function (i) { return window.qinqingBoot.fontSlices[i][1]; },
  qq_font_slice_url: function (i) {
    var s = window.qinqingBoot.fontSlices[i][2], len = lengthBytesUTF8(s) + 1, p = _malloc(len);
    stringToUTF8(s, p, len);
    return p;
  },

  // Frames are drawn on demand: input, network replies and timers ask for one.
  qq_request_frame: function () {
    if (Module.qqFramePending) return;
    Module.qqFramePending = true;
    requestAnimationFrame(function (t) { Module.qqFramePending = false; Module._qq_frame(t); });
  },
  qq_set_timer: function (ms) {
    if (Module.qqTimer) clearTimeout(Module.qqTimer);
    Module.qqTimer = setTimeout(function () { Module.qqTimer = 0; Module._qq_wake(); }, ms);
  },

  // GLFW's own glfwSetWindowSize asks for fullscreen when the size equals the screen's (a maximised
  // F11 browser, a headless one) and then leaves the canvas unsized; size the backing store directly.
  qq_set_canvas_size__deps: ["$GLFW", "$Browser"],
  qq_set_canvas_size: function (width, height) {
    Browser.setCanvasSize(width, height);
    if (GLFW.active) {
      GLFW.active.width = width;
      GLFW.active.height = height;
      GLFW.onWindowSizeChanged();
      GLFW.onFramebufferSizeChanged();
    }
  },

  // The session token survives a reload of this tab (sessionStorage), never other tabs or a restart.
  qq_session_save: function (tokenPtr) {
    try { sessionStorage.setItem("qinqing.token", UTF8ToString(tokenPtr)); } catch (e) {}
  },
  qq_session_clear: function () {
    try { sessionStorage.removeItem("qinqing.token"); } catch (e) {}
  },
  qq_session_load: function () {
    var t = "";
    try { t = sessionStorage.getItem("qinqing.token") || ""; } catch (e) {}
    var len = lengthBytesUTF8(t) + 1, p = _malloc(len);
    stringToUTF8(t, p, len);
    return p;
  },

  // localStorage: the petition form typed offline survives a closed tab (local_store.hpp).
  qq_local_save: function (keyPtr, valuePtr) {
    try { localStorage.setItem(UTF8ToString(keyPtr), UTF8ToString(valuePtr)); } catch (e) {}
  },
  qq_local_load: function (keyPtr) {
    var t = "";
    try { t = localStorage.getItem(UTF8ToString(keyPtr)) || ""; } catch (e) {}
    var len = lengthBytesUTF8(t) + 1, p = _malloc(len);
    stringToUTF8(t, p, len);
    return p;
  },
  qq_local_remove: function (keyPtr) {
    try { localStorage.removeItem(UTF8ToString(keyPtr)); } catch (e) {}
  },

  qq_device_pixel_ratio: function () { return window.devicePixelRatio || 1; },
  qq_viewport_width: function () { return window.innerWidth; },
  qq_viewport_height: function () { return window.innerHeight; },
  qq_install_resize_listener: function () {
    window.addEventListener("resize", function () { Module._qq_resized(); });
  },

  qq_after_frame: function (wantText, caretX, caretY, lineHeight) {
    Module.qqBridge.afterFrame(!!wantText, caretX, caretY, lineHeight);
  },
  qq_first_frame_done: function () {
    var boot = window.qinqingBoot;
    if (boot.firstFrameMs !== undefined) return;
    boot.firstFrameMs = performance.now();
    var el = document.getElementById("qq-loading");
    if (el) el.remove();
  },

  // ImGui-initiated copy (a 复制 button): needs a secure context and a recent gesture.
  qq_clipboard_write: function (textPtr) {
    var text = UTF8ToString(textPtr);
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).catch(function () {});
  },

  // A file dialog; the chosen file's text goes back to C++ (qq_file_chosen).
  qq_choose_file: function (acceptPtr) {
    var input = document.createElement("input");
    input.type = "file";
    input.accept = UTF8ToString(acceptPtr);
    input.style.display = "none";
    input.id = "qq-file-input";
    document.body.appendChild(input);
    input.addEventListener("change", function () {
      var file = input.files && input.files[0];
      input.remove();
      if (!file) return;
      file.text().then(function (text) {
        var n = lengthBytesUTF8(file.name) + 1, np = _malloc(n);
        stringToUTF8(file.name, np, n);
        var t = lengthBytesUTF8(text) + 1, tp = _malloc(t);
        stringToUTF8(text, tp, t);
        Module._qq_file_chosen(np, tp);
        _free(np); _free(tp);
      });
    });
    input.click();
  },

  // A file download of bytes from wasm memory (exports).
  qq_download: function (namePtr, dataPtr, length, mimePtr) {
    var bytes = HEAPU8.slice(dataPtr, dataPtr + length);
    var blob = new Blob([bytes], { type: UTF8ToString(mimePtr) });
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = UTF8ToString(namePtr);
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  },

  // window.qinqing: the page's test and automation surface.
  qq_install_page_api: function () {
    window.qinqing = window.qinqing || {};
    window.qinqing.probe = function () { return JSON.parse(UTF8ToString(Module._qq_probe())); };
    window.qinqing.firstFrameMs = function () { return window.qinqingBoot.firstFrameMs; };
    window.qinqing.frameCount = function () { return Module._qq_frame_count(); };
    window.qinqing.fontSlicesLoaded = function () { return Module._qq_font_slices_loaded(); };
    window.qinqing.fontSlicesPending = function () { return Module._qq_font_slices_pending(); };
    window.qinqing.calendarReady = function () { return Module._qq_calendar_ready() === 1; };
    window.qinqing.dueDate = function (from, workingDays) {
      var len = lengthBytesUTF8(String(from)) + 1, p = _malloc(len);
      stringToUTF8(String(from), p, len);
      var out = UTF8ToString(Module._qq_due_date(p, workingDays | 0));
      _free(p);
      return out;
    };
  },
});
