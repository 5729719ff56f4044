// Helpers of the activation and application tests: valid USCCs, SMS codes from DATA/sms.log, and
// the API calls that set up what a test does not drive through the screens.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

// A valid 统一社会信用代码 (GB 32100-2015) ending in `six` digits: the check character makes
// sum(value(c_i) * 3^(i-1) mod 31) + value(c_18) ≡ 0 (mod 31), as shared/validation/uscc does.
function validUscc(six) {
  const first17 = "91420302MA4" + six;
  let sum = 0, weight = 1;
  for (const c of first17) {
    sum += USCC_CHARS.indexOf(c) * weight;
    weight = (weight * 3) % 31;
  }
  return first17 + USCC_CHARS[(31 - (sum % 31)) % 31];
}

// The newest 6-digit code sent to `mobile`, waiting for the sender thread to write it.
async function smsCode(dataDir, mobile, after = 0) {
  const log = path.join(dataDir, "sms.log");
  for (let i = 0; i < 100; i++) {
    const text = fs.existsSync(log) ? fs.readFileSync(log, "utf8") : "";
    const codes = [...text.matchAll(new RegExp(`${mobile}\\t.*验证码是(\\d{6})`, "g"))].map((m) => m[1]);
    if (codes.length > after) return codes[codes.length - 1];
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no code SMS to ${mobile}`);
}

function smsLines(dataDir) {
  const log = path.join(dataDir, "sms.log");
  return fs.existsSync(log) ? fs.readFileSync(log, "utf8").split("\n").filter(Boolean) : [];
}

async function call(server, method, p, body, token) {
  const headers = { "Content-Type": "application/json" };
  if (token) headers.Authorization = "Bearer " + token;
  const r = await fetch(server.url + p, { method, headers, body: body ? JSON.stringify(body) : undefined });
  return { status: r.status, body: r.status === 204 ? null : await r.json() };
}

async function apiToken(server, role, loginName, password = "Qinqing@2026") {
  const r = await call(server, "POST", "/api/session", { role, login_name: loginName, password });
  if (r.status !== 200) throw new Error(`login ${loginName}: ${JSON.stringify(r.body)}`);
  return r.body.token;
}

module.exports = { validUscc, smsCode, smsLines, call, apiToken };
