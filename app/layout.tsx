// Root layout: font, header with navigation and search, main landmark.
import type { Metadata } from "next";
import localFont from "next/font/local";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { THEME_HEAD_SCRIPT } from "@/lib/theme/theme";
import "katex/dist/katex.min.css";
import "./globals.css";
import { getAppUrl } from "@/lib/site-url";

// A local copy of Inter: the Google Fonts loader would fetch at build time, which fails offline.
const inter = localFont({ src: "./fonts/inter-latin-wght.woff2", variable: "--font-inter", display: "swap" });

// A function, not a constant: APP_URL is read when serving, not baked in at build time.
export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(getAppUrl()),
    title: { default: "Paperboard", template: "%s · Paperboard" },
    description: "Trending research papers, topics, search and bookmarks.",
    // Installable: the page researchers open every morning can live on their home screen.
    manifest: "/manifest.webmanifest",
  };
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // suppressHydrationWarning: the head script may set data-theme before React hydrates <html>.
    <html lang="en" className={inter.variable} suppressHydrationWarning>
      <head>
        {/* Applies a stored theme before first paint (no flash); see lib/theme/theme.ts. */}
        <script dangerouslySetInnerHTML={{ __html: THEME_HEAD_SCRIPT }} />
      </head>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow"
        >
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-4xl px-4 py-6 sm:py-8">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
