import { defineSite } from "../../src/index.ts";

// A fictional treatment center; 555-01xx numbers are reserved for fiction.
// The one place the center's name is written: copy elsewhere reads it (site.organization.name, {organization} in forms).
const NAME = "Cedar Hollow Recovery";

export default defineSite({
  url: "https://www.cedarhollow.example",
  // English first (the default, at the root); Spanish pages live in content/es/.
  languages: ["en-US", "es-US"],
  organization: {
    type: "MedicalClinic",
    name: NAME,
    address: {
      street: "1400 Example Parkway, Suite 200",
      locality: "Tustin",
      region: "CA",
      postalCode: "92780",
      country: "US",
    },
    hours: [
      { days: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"], opens: "08:00", closes: "20:00" },
      { days: ["Saturday"], opens: "09:00", closes: "14:00" },
    ],
  },
  phones: { call: "+17145550123", text: "+17145550147" },
  navigation: [
    { label: "Articles", href: "/articles/" },
    { label: "Topics", href: "/topics/" },
    { label: "Our team", href: "/people/" },
    { label: "Locations", href: "/locations/" },
    { label: "Contact", href: "/contact/" },
  ],
  home: {
    intro: `${NAME} treats addiction and mental health conditions for adults in Orange County, with detox, outpatient programs and family support. Every article on this site is reviewed by our medical team.`,
    action: { label: "Verify my insurance", href: "/verify-insurance/" },
  },
  locations: [
    {
      id: "tustin",
      name: `${NAME}, Tustin`,
      description: "Our main center: admissions, medical detox and outpatient programs.",
      address: { street: "1400 Example Parkway, Suite 200", locality: "Tustin", region: "CA", postalCode: "92780", country: "US" },
      hours: [
        { days: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"], opens: "08:00", closes: "20:00" },
        { days: ["Saturday"], opens: "09:00", closes: "14:00" },
      ],
      phones: { call: "+17145550123", text: "+17145550147" },
    },
    {
      id: "irvine",
      name: `${NAME}, Irvine`,
      description: "Outpatient therapy and family sessions, by appointment.",
      address: { street: "88 Sample Court, Suite 4", locality: "Irvine", region: "CA", postalCode: "92614", country: "US" },
      hours: [{ days: ["Monday", "Tuesday", "Wednesday", "Thursday"], opens: "10:00", closes: "19:00" }],
      phones: { call: "+19495550158" },
      insurers: ["Cigna", "Aetna", "Anthem"],
    },
  ],
  crisisLine: {
    phone: "988",
    message: "If you are in crisis or thinking about suicide, call or text 988 to reach the 988 Suicide & Crisis Lifeline, any time of day.",
  },
  translations: {
    es: {
      navigation: [
        { label: "Artículos", href: "/es/articles/" },
        { label: "Temas", href: "/es/topics/" },
        { label: "Contacto", href: "/es/contacto/" },
      ],
      verifyInsuranceUrl: "/es/verificar-seguro/",
      home: {
        title: `${NAME} en español`,
        intro: `${NAME} trata la adicción y los problemas de salud mental en adultos del condado de Orange, con desintoxicación, programas ambulatorios y apoyo para las familias. Nuestro equipo médico revisa cada artículo de este sitio.`,
        action: { label: "Verificar mi seguro", href: "/es/verificar-seguro/" },
      },
      crisisLine: {
        message: "Si está pasando por una crisis o tiene pensamientos suicidas, llame o envíe un mensaje de texto al 988 para comunicarse con la Línea 988 de Prevención del Suicidio y Crisis, a cualquier hora.",
      },
      cta: {
        insurance: {
          title: "Tratamiento cubierto por el seguro",
          text: "Trabajamos con la mayoría de los planes PPO, y muchos cubren gran parte del tratamiento. Averigüe qué cubre el suyo: es gratis y sin compromiso.",
          action: { label: "Verificar mi cobertura", href: "/es/verificar-seguro/" },
        },
        closing: {
          title: "Dé el primer paso",
          text: "Hablar con alguien suele ser lo más difícil. Nuestro equipo de admisiones puede responder sus preguntas, verificar su seguro y ayudarle a planear lo que sigue.",
          action: { label: "Verificar mi seguro", href: "/es/verificar-seguro/" },
        },
        book: {
          title: "Reciba nuestra guía gratuita para la recuperación",
          text: "Una guía breve y práctica para quienes empiezan un tratamiento y para las familias que los apoyan. Gratis, por correo electrónico.",
          inside: ["Mitos comunes sobre la adicción y el tratamiento", "Por qué no hace falta tocar fondo para pedir ayuda", "Pasos para sanar del trauma, en cuerpo y mente"],
        },
        callBanner: { title: "Estamos aquí para ayudarle", text: "Llámenos o envíenos un mensaje de texto hoy para hablar con nuestro equipo de admisiones. Las llamadas son confidenciales." },
      },
    },
  },
  // Taglines written for this fictional center; a real site uses the ones its state and insurers require.
  languageAssistance: [
    { lang: "es", text: "ATENCIÓN: Si habla español, tiene a su disposición servicios gratuitos de asistencia con el idioma. Llame al 1-714-555-0123." },
    { lang: "vi", text: "CHÚ Ý: Nếu bạn nói Tiếng Việt, có các dịch vụ hỗ trợ ngôn ngữ miễn phí dành cho bạn. Gọi số 1-714-555-0123." },
  ],
});
