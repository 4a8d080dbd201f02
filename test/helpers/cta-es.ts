/** Calls to action in Spanish, for test sites with a Spanish language (the theme's defaults are English). */
export const spanishCta = {
  insurance: { title: "Tratamiento cubierto", text: "Averigüe qué cubre su plan.", action: { label: "Verificar mi cobertura", href: "/es/verificar-seguro/" } },
  closing: { title: "Dé el primer paso", text: "Hable con nuestro equipo.", action: { label: "Verificar mi seguro", href: "/verify-insurance/" } },
  book: { title: "Reciba nuestra guía", text: "Gratis, por correo electrónico.", inside: ["Mitos comunes"] },
  callBanner: { title: "Estamos aquí para ayudarle", text: "Llámenos hoy." },
};
