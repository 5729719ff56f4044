// Runs before the module starts (emscripten --pre-js), so its window capture listeners come before
// GLFW's. A canvas receives no IME, paste or copy events: a hidden <textarea> takes focus whenever an
// ImGui text field is active and bridges them into ImGui (see the kit's IMGUI_WEB.md, steps 1–7).
// Keys (Backspace, arrows, Enter, Tab, shortcuts) still reach ImGui through GLFW.
(function () {
  var bridge = {
    textarea: null,
    composing: false,
    ctrlHeld: false,
    pendingPaste: null,
    wantFocus: false,     // mirrors io.WantTextInput after each frame
    blurCountdown: 0,
  };
  Module.qqBridge = bridge;

  function wake() { if (Module._qq_wake) Module._qq_wake(); }
  Module.qqWake = wake;

  function sendText(text) {
    if (!text || !Module._qq_ime_text) return;
    var len = lengthBytesUTF8(text) + 1;
    var ptr = Module._malloc(len);  // malloc, not the stack: a paste may be long
    stringToUTF8(text, ptr, len);
    Module._qq_ime_text(ptr);
    Module._free(ptr);
    wake();
  }
  function sendPreedit(text) {
    if (!Module._qq_ime_preedit) return;
    var len = lengthBytesUTF8(text || "") + 1;
    var ptr = Module._malloc(len);
    stringToUTF8(text || "", ptr, len);
    Module._qq_ime_preedit(ptr);
    Module._free(ptr);
    wake();
  }
  bridge.sendText = sendText;

  // While composing, Backspace/Enter/arrows belong to the candidate list, not to ImGui.
  window.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey) bridge.ctrlHeld = true;
    if (bridge.composing || e.isComposing || e.keyCode === 229) { e.stopImmediatePropagation(); return; }
    wake();
  }, true);
  window.addEventListener("keyup", function (e) {
    if (bridge.composing || e.isComposing || e.keyCode === 229) { e.stopImmediatePropagation(); return; }
    wake();
  }, true);
  // ImGui drops characters while Ctrl is held: a Ctrl+V paste waits for the release, after GLFW saw it.
  window.addEventListener("keyup", function (e) {
    if (!e.ctrlKey && !e.metaKey) bridge.ctrlHeld = false;
    if (!bridge.ctrlHeld && bridge.pendingPaste !== null) {
      var t = bridge.pendingPaste; bridge.pendingPaste = null; sendText(t);
    }
  }, false);
  ["mousemove", "mouseup", "wheel", "touchstart", "touchmove", "touchend", "focus", "blur", "visibilitychange"]
    .forEach(function (name) { window.addEventListener(name, wake, true); });

  function setup() {
    var ta = document.getElementById("qq-ime");
    var canvas = document.getElementById("canvas");
    bridge.textarea = ta;
    ta.addEventListener("compositionstart", function () { bridge.composing = true; });
    ta.addEventListener("compositionupdate", function (e) { sendPreedit(e.data); });
    ta.addEventListener("compositionend", function (e) {
      bridge.composing = false; sendPreedit(""); sendText(e.data); ta.value = "";
    });
    ta.addEventListener("input", function (e) {
      if (bridge.composing || e.isComposing) return;
      var t = e.inputType;
      if (t === "insertText" || t === "insertReplacementText" || t === "insertFromDrop") sendText(e.data || ta.value);
      ta.value = "";
    });
    ta.addEventListener("paste", function (e) {
      e.preventDefault();
      var text = (e.clipboardData || window.clipboardData).getData("text/plain").replace(/\r\n?/g, "\n");
      if (bridge.ctrlHeld) bridge.pendingPaste = (bridge.pendingPaste || "") + text; else sendText(text);
    });
    function copyOut(e) {
      if (!Module._qq_selected_text) return;
      var text = UTF8ToString(Module._qq_selected_text());
      if (text.length === 0) return;
      e.clipboardData.setData("text/plain", text);
      e.preventDefault();
    }
    document.addEventListener("copy", copyOut);
    document.addEventListener("cut", copyOut);
    // Focus must move synchronously inside the gesture (mobile keyboards, no lost keystrokes).
    canvas.addEventListener("mousedown", function (e) {
      wake();
      if (Module._qq_hovering_text_input && Module._qq_hovering_text_input()) {
        e.preventDefault();
        ta.focus({ preventScroll: true });
        bridge.blurCountdown = 3;
      }
    }, true);
    canvas.addEventListener("touchend", function () {
      if (Module._qq_hovering_text_input && Module._qq_hovering_text_input()) ta.focus({ preventScroll: true });
    }, true);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setup); else setup();

  // Called by the client after every frame with io.WantTextInput and the caret position (CSS px).
  bridge.afterFrame = function (wantText, caretX, caretY, lineHeight) {
    var ta = bridge.textarea;
    bridge.lastWant = wantText;
    if (!ta) return;
    if (wantText) {
      ta.style.left = caretX + "px"; ta.style.top = caretY + "px"; ta.style.height = lineHeight + "px";
      if (document.activeElement !== ta) {
        ta.focus({ preventScroll: true });
        if (document.activeElement !== ta) setTimeout(wake, 50);  // the page had no focus yet: try again
      }
      bridge.blurCountdown = 3;
    } else if (document.activeElement === ta && !bridge.composing) {
      if (bridge.blurCountdown > 0) bridge.blurCountdown--; else ta.blur();
    }
  };
})();
